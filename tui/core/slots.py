"""The slots a sentence fills with a value: what it counts and how many, a percentage, a sum
paid or earned and its currency, a vote's tally, a prison term, a person's age, the day or
month of an act, a person's condition. Two matching sentences that fill one slot with
different values diverge (`divergence.py`).

A slot is keyed by what is filled, so that two sentences meet on it: a count by the word
counted and what befell them ("12 miners" -> the stem of "miners"; "12 people were
killed" -> people/dead), a sum or a date by the words of the act around it ("earned $3
million", "struck on Tuesday"), an age by the person's name key or the word for them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache, wraps
from itertools import chain, takewhile, zip_longest

from tui.core.clauses import CLAUSE_REACH, PUNCTUATION, clause_tokens, gap
from tui.core.features import (Stretches, TokenFeatures, holds_name, holds_number, holds_word, holds_year,
                               is_quantity, name_runs)
from tui.core.measures import half_step, is_unit, loosened_from, loosener_before, measures, times_of_day
from tui.core.text import (ARTICLES, BE, DETERMINERS, DOZEN, HAVE, MONTH_ABBREVIATIONS, MONTHS, NEGATIONS, OLDEST,
                           PARLIAMENTARIANS, POSSESSIVE_ENDINGS, PREPOSITIONS, RELATIVES, SCALES, SETTLEMENTS,
                           SPEECH_VERBS, STOPWORDS, UNDISTINGUISHING, WEEKDAYS, fold, is_adverb,
                           is_english_word, is_title, live_entry, match_bounds, number_value, past_tense, present_of, stem,
                           strip_possessive, tokens)

_UNIT_REACH = 3  # how many words from a number its unit, or from a sum what is paid, may stand
# How many words before a sum the act it is of may stand: "the haul is worth a staggering €120m"
_SUM_REACH = 5
# What sets a count's act apart from another of its kind (`Occasion.apart`): words that say so
# ("similar floods", "a previous raid", "Earlier this year, a gang stole …", a sentence opening
# "Elsewhere,"), "last" before a period
# ("last year"), and an ordinal or "another" before an act ("a second bomb", "another attack";
# not "another 12 were injured", which adds to the count, nor "a fourth man", "the first day").
_APART = frozenset("separate separately similar comparable previous elsewhere earlier".split())
_LAST = frozenset("year month week".split())
# Reports a later figure replaced: "Early reports had put the toll at four".
_FIRST_REPORTS = frozenset((w, r) for w in ("early", "earlier", "initial", "first") for r in ("reports", "report"))
# ... and a figure since replaced, however told: "officials had initially reported nine dead", "had
# at first counted nine", "originally put the toll at nine".
_SUPERSEDED = frozenset({"initially", "originally"})
_AT_FIRST = ("at", "first")
_ONE_OF_SEVERAL = frozenset("another first second third fourth fifth".split())
# A count of those added to a figure ("three more people died", "another 12 were hurt", "a further
# five") is no total: it is set apart from the figure it adds to (`_added`).
_ADDED_AFTER = frozenset("more additional further extra".split())
_ADDED_BEFORE = frozenset("another further additional".split())
# A sentence opening on a part of those counted before: "Of those arrested, 19 were held in X".
_PART_OF_THOSE = frozenset(("of", w) for w in ("those", "them", "these"))
_ACTS = frozenset("blast blasts bomb bombs bombing explosion attack assault strike raid shooting ambush".split())
# A sentence opening on the time after the story's act ("Shortly after the attack, a drone strike
# killed three militants") and telling of an act tells of another one.
_ACT_WORDS = "|".join(sorted(_ACTS))
_AFTER_THE_ACT = re.compile(rf"(?:(?:shortly|soon|hours|days|minutes|weeks)\s+)?after\s+the\s+(?:{_ACT_WORDS})\s*,",
                            re.I)
_DESCRIBED_ACT = 3  # how many words may describe the new act: "a suspected US drone strike"
_A_NEW_ACT = re.compile(rf"\ban?\s+(?:[\w-]+\s+){{0,{_DESCRIBED_ACT}}}?(?:{_ACT_WORDS})\b", re.I)  # not "the blast"
# What makes a count a running total (`Occasion.total`): "since" (read in `_occasion`), "so far",
# "in total", "this year"; or one of another time (`Occasion.running`, which holds the totals
# too): "hours later", a year in figures.
_TOTAL = frozenset({("so", "far"), ("in", "total"), *(("this", p) for p in ("year", "month", "week"))})
_ANOTHER_TIME = frozenset((p, when) for p in ("hours", "days", "weeks", "months", "years")
                          for when in ("later", "earlier"))
# The prepositions that say where those counted were ("in the river", "aboard the ship"); the
# verbs besides "be" (and its modals) that say they were there ("trapped in", "fell into"),
# not what they did there ("attend classes in"); and how many words after the thing counted, in its clause, the
# place may end.
_PLACE_PREPOSITIONS = frozenset("in into inside on onto aboard at near under".split())
_BEING = frozenset("trapped stuck stranded fell fallen remained remain remains stayed hiding sheltering may might "
                   "must".split())
_PLACE_REACH = 6
# A count told place by place ("732 died in Varn, 43 in Oster and four in Lenk") is its place's
# count, not the story's: it is keyed by its place, so a toll of the whole is not compared with it.
_A_PLACE = r"(?:the\s+\w+\s+of\s+)?([A-Z][\w-]*)"  # "Varn", "the state of Varn": its first word
_PLACE_TO_NEXT = 30  # how many characters from the place's word the next count's comma may stand
_BY_PLACE = re.compile(rf"\s+(?:in|at)\s+{_A_PLACE}[^,;.]{{0,{_PLACE_TO_NEXT}}}?,\s*(?:and\s+)?"
                       r"([\w.,]+)\s+(?:in|at)\s+(?:the\s+)?[A-Z]")
# ... and so is a count of one place "alone": "In Varn alone, the storm killed 22 people".
_PLACE_ALONE = re.compile(rf"\b[Ii]n\s+{_A_PLACE}\s+alone\b")
_DATE_WORDS = WEEKDAYS | MONTHS
# The time zones a clock time is told in: "0840 GMT" is a time, no count of GMT
TIME_ZONES = frozenset({"gmt", "utc"})
# The words of a time of day: "at 6:40 p.m. on Friday" dates no act called "p.m."
_CLOCK = frozenset({"a.m.", "p.m.", "am", "pm"}) | TIME_ZONES
_DAY = re.compile(r"^([0-9]{1,2})(?:st|nd|rd|th)?$")  # a day of a month in plain figures: "3", "3rd"
CURRENCIES = "$€£¥"  # the signs a sum is written after; its slots are keyed by one of them
_HOUSEHOLD = stem("household")
_HOMES = frozenset({_HOUSEHOLD, stem("homes")})
_UTILITY = r"(?:power|electricity|water|heating|gas)"
_CUT_OFF_BEFORE = re.compile(rf"\b{_UTILITY}\s+(?:supplies\s+|supply\s+)?(?:to|for)\s+(?:\w+\s+)?$", re.I)
_CUT_OFF_AFTER = re.compile(rf"\s+(?:\w+\s+)?without\s+(?:\w+\s+)?{_UTILITY}\b", re.I)
_CUT_OFF_REACH = 40  # characters before a count read for "electricity to about"
# Words that say which kind of sum a sum is: one of them is never another (bail is no fine)
SUM_KINDS = frozenset(stem(w) for w in "bail fine fined reward ransom salary bonus bribe bribes compensation damages "
                      "loan grant budget".split())
# Acts of paying and asking for a sum: two sentences that each give one sum only, for one of
# these, tell one sum (`quantities._counted_alike`), whatever else they say.
SUM_ACTS = SUM_KINDS | frozenset(stem(w) for w in "pay paid demand demanded demanding promise promised offer offered "
                                 "owe owed steal stole stolen".split())
_NOT_A_HEAD = frozenset({"percent", "cent", "per", "times"})  # "3 percent rises": the share, not what rises
_PAID_AS = frozenset({"in", "of", "for"})  # the words between a sum and what it is: "$2m in bribes"
# Scales written onto the figure of a sum, after a currency sign or before a currency's word:
# "€14m", "$50k", "5m euros".
_SIGNED_SCALES = {"m": 10**6, "mn": 10**6, "mln": 10**6, "bln": 10**9, "k": 10**3}
# "Two dozen injured" are 24: after a number, "dozen" scales it and counts nothing of its own.
_DOZEN = "dozen"
_COUNT_SCALES = {**SCALES, _DOZEN: DOZEN}
# The words written after a sum for a currency sign before it: "3 million euros" is the sum
# "€3 million", so the two ways of writing it meet ("pounds" may weigh, and is left out).
# Each currency its own sign (only keys are made of it): "5m roubles" is no "5m hryvnias".
_CURRENCY_WORDS = {
    **dict.fromkeys(("dollar", "dollars"), "$"), **dict.fromkeys(("euro", "euros"), "€"), "yen": "¥", "yuan": "元",
    **dict.fromkeys(("rupee", "rupees"), "₹"), **dict.fromkeys(("rouble", "roubles", "ruble", "rubles"), "₽"),
    **dict.fromkeys(("hryvnia", "hryvnias", "hryvnas"), "₴"), **dict.fromkeys(("lira", "liras", "lire"), "₺"),
    **dict.fromkeys(("shekel", "shekels"), "₪"), "naira": "₦", **dict.fromkeys(("peso", "pesos"), "₱"),
    **dict.fromkeys(("dinar", "dinars"), "Ð"), **dict.fromkeys(("zloty", "zlotys"), "ł"),
    **dict.fromkeys(("forint", "forints"), "ƒ"), **dict.fromkeys(("franc", "francs"), "₣"),
    **dict.fromkeys(("crown", "crowns", "krona", "kronor", "krone", "kroner", "koruna", "korunas"), "Ꝁ"),
}
# Currencies that are also things ("two crowns" of a royal treasure, "two francs" of a name): a
# sum of them runs to thousands.
_ALSO_THINGS = frozenset({"crown", "crowns", "franc", "francs"})
_LEAST_SUM_OF_THINGS = 1000
MONEY = frozenset(stem(w) for w in _CURRENCY_WORDS)
# The sign of a currency known only by its use: a word English has not, after a figure, where
# its clause pays or asks for it ("pay 50,000 talers", "the compensation in size of 250 000
# varens") or says what the money is in ("640,000 kron in cash", "200,000 varens (about $5,000)").
UNNAMED_CURRENCY = "¤"
_MONEY_AFTER = re.compile(r"\s+in\s+(?:cash|banknotes|notes|compensation|damages|bribes)\b"
                          r"|\s*\((?:about|some|around|roughly|nearly)?\s*[$€£¥]")
# The signs a sum's slots are keyed by: those written before a figure and those its currency's
# word stands for ("12 million dinars" is keyed like "Ð12 million").
SUM_SIGNS = frozenset(CURRENCIES) | frozenset(_CURRENCY_WORDS.values()) | {UNNAMED_CURRENCY}
# The words of a figure's unit, which end the act words of the next figure ("4 per cent to 23 per cent").
_FIGURE_WORDS = frozenset({"percent", "cent", *_CURRENCY_WORDS, *SCALES})
_CURRENCY = "currency "
AGE = "age "  # the start of the key of an age: "age soldier", "age @doe"
_PERIOD = re.compile(r"\s+(?:(?:a|an|per|each|every)\s+(hour|day|week|month|year)\b|"
                     r"(hourly|daily|weekly|monthly|yearly|annually)\b)", re.I)
# The rungs of the scale hospitals and police give a person's condition on, and the adverbs
# that say the same of an injury.
_CONDITION_SCALE = {
    "good": "good", "fair": "fair", "stable": "stable", "satisfactory": "stable",
    "slightly": "minor", "lightly": "minor", "minor": "minor", "moderately": "moderate",
    "serious": "serious", "seriously": "serious", "severely": "serious", "badly": "serious",
    "critical": "critical", "critically": "critical", "grave": "critical", "gravely": "critical",
    "life-threatening": "critical",
}
_CONDITION_WORDS = "|".join(_CONDITION_SCALE)
_CONDITION_NOUNS = r"condition|injur(?:y|ies)"
_HURT = "injured|wounded|hurt|burned|burnt|ill"
_CONDITION = re.compile(
    rf"\b(?:(?:very|extremely|most)\s+)?({_CONDITION_WORDS})[\"”’']?\s+(?:{_CONDITION_NOUNS})\b|"
    rf"\b({_CONDITION_WORDS})\s+(?:{_HURT})\b",
    re.I,
)
# The word every condition above ends with: most sentences have none, and one search for it is
# far quicker than trying the rungs at every word.
_CONDITION_END = re.compile(rf"\s(?:{_CONDITION_NOUNS}|{_HURT})\b", re.I)
# A condition said not to be ("non-life-threatening", "not life-threatening injuries", "not in
# critical condition") is on no rung: the words right before it, within _LONGEST_NEGATION.
_NEGATED = re.compile(rf"\b(?:non|{'|'.join(sorted(NEGATIONS))})(?:-|\s+(?:in\s+)?)$", re.I)
_LONGEST_NEGATION = 12
# "critical but stable condition" is both rungs: it contradicts neither.
_TWO_RUNGS = re.compile(rf"\b(?:{_CONDITION_WORDS})\s+(?:but|and|yet)\s+$", re.I)
_LONGEST_RUNGS = 40  # how far before a condition its first rung and "but" may stand
_CONDITION_SLOT = "condition"
# What befell those counted, said next to the count: the dead, the hurt and the missing of one
# attack are three counts of "people", not one count given three ways.
FATES = {
    **dict.fromkeys("killed killing kill kills dead died die dying deaths death lives bodies perished slain gunned"
                    " murdered slaughtered massacred butchered".split(), "dead"),
    **dict.fromkeys("injured injuring injuries wounded wounding wounds hurt".split(), "hurt"),
    **dict.fromkeys("missing unaccounted".split(), "missing"),
    **dict.fromkeys("arrested arresting arrests detained detaining held apprehended captured custody hauled rounded "
                    "handcuffed handcuffs cuffed nabbed collared".split(), "held"),
    **dict.fromkeys("charged charging indicted".split(), "charged"),
    **dict.fromkeys("rescued rescuing saved evacuated evacuating".split(), "rescued"),
}
_SCALED_HALF_STEP = 0.05  # see _rounding
# Fractions in words, as percentages ("cut by half", "a third of the vote"); they round as a
# figure told to the nearest five does.
_FRACTIONS = {"half": 50, "third": 100 / 3, "quarter": 25, "two-thirds": 200 / 3, "three-quarters": 75,
              "thirds": 100 / 3, "quarters": 25}
_FRACTION_COUNTS = {"thirds": ("two",), "quarters": ("three",)}  # "two thirds": the plural counted
_FRACTION_HALF_STEP = 2.5
_PERCENT = stem("percent")
# A vote's turnout (its slot, compared wherever it is told on one occasion, as a toll is), the
# words that name it, and those that say a share of voters voted
TURNOUT = _PERCENT + " turnout"
_TURNOUT_WORDS = frozenset({"turnout", "participation"})
_OF_VOTERS = "/" + stem("voters")
_VOTED = frozenset({"cast", "voted", "turned"})
# The words between a name and the share it has: "the Unity Party on 24 percent", "Doe won 38.2%"
_GIVEN_A_SHARE = frozenset("on at with won took got polled scored just only about around nearly almost".split())
# and, with a word of polling among them, "the party was polling at 18 percent", a translation's "the
# party has the support of 18 percents" (not "unemployment in Kestria is at 12 percent")
_POLLED = frozenset("polling polled stood stands support".split())
_POLLED_AT = _GIVEN_A_SHARE | _POLLED | frozenset("was is has had the of".split())
_SHARE_REACH = 5  # how many of those words may stand between them
# Words between a number and what it counts that only qualify it: "three more soldiers",
# "four former aides", "12 rescued miners" count soldiers, aides, miners.
_QUALIFIERS = set("""more other additional further former new young elderly foreign local unarmed armed suspected
alleged fellow senior freed released detained jailed missing""".split())
PEOPLE = stem("people")  # what a count of no word counts when a word of FATES says what befell them
# What befell the things a count counts ("seven aircraft were destroyed", "debris damaged two
# aircraft"): two counts of one kind of thing, one destroyed and one damaged, are two facts.
THING_FATES = {
    **dict.fromkeys("destroyed destroying wrecked demolished obliterated flattened razed torched gutted downed blown "
                    "shot intercepted".split(), "destroyed"),
    **dict.fromkeys("damaged damaging".split(), "damaged"),
}
_BEFALLS_THINGS = frozenset({"captured", "held", "saved", "custody"})  # words of FATES said of things too
_FATE_NAMES = frozenset(FATES.values()) | frozenset(THING_FATES.values())
# Words of FATES that a particle after makes another verb: "held up a van" robbed it, while
# "killed off the coast" is still killed.
_PHRASAL = {"held": {"up", "off", "out", "back"}}
# Words of FATES that are one only with a particle after: people "hauled away" or "rounded up" are
# held, those "gunned down" dead; things "blown up", "blown to bits" or "shot down" destroyed.
_WITH_PARTICLE = {"hauled": {"away", "off", "in"}, "rounded": {"up"}, "gunned": {"down"},
                  "blown": {"up", "apart", "to"}, "shot": {"down"}}
# People a verb of taking puts "into police vans" or drags "from their beds" are held (not those who
# "stormed into police headquarters", nor bodies "loaded into police vans" after their count).
_TAKING = frozenset("dragged bundled herded hauled pulled pushed shoved frogmarched snatched thrown loaded".split())
_TAKEN_IN = re.compile(r"\s+(?:into\s+(?:(?:a|the|waiting)\s+)*police\s+(?:vans?|bus(?:es)?|cars?|trucks?|wagons?|"
                       r"custody|cells?)|from\s+(?:their|his|her)\s+beds?)\b", re.I)
# The words that count anyone a fate befell, whatever their kind: "five people were arrested",
# "five persons were arrested" (a count of one kind of them: _KINDS_OF_PEOPLE).
_EVERYONE = {"people", "persons", "individuals"}
_OTHERS = "others"  # those a fate befell besides others counted, whoever they are: "killed five and wounded 87 others"
# Plural nouns for kinds of people a toll or an arrest counts ("four workers", "six suspects"):
# not "40 sheep" or "three deaths", which say nothing of how many people it befell.
_KINDS_OF_PEOPLE = set("""victims suspects defendants survivors men women children boys girls babies infants
teenagers adults soldiers troops servicemen officers policemen firefighters rescuers workers employees miners farmers
fishermen sailors passengers travellers travelers tourists pilgrims worshippers students pupils teachers doctors nurses
patients journalists reporters civilians residents villagers locals citizens nationals foreigners migrants refugees
protesters demonstrators rioters fighters militants rebels insurgents gunmen attackers guards prisoners inmates
detainees hostages spectators fans shoppers bystanders pedestrians drivers climbers hikers swimmers
criminals crooks thugs gangsters smugglers traffickers dealers thieves robbers looters""".split())
_PEOPLE_WORDS = frozenset(_KINDS_OF_PEOPLE | _EVERYONE)  # any word for people counted
# Words news uses for one another when it counts ("two workers" / "three employees" killed) or
# dates ("scheduled for" / "planned for"): a count or a date of either is one slot. Each group is
# keyed by its first word's stem.
_PEOPLE_COUNTED_AS = ("workers employees staff staffers labourers laborers",
                      "soldiers troops servicemen servicemembers personnel",
                      "gunmen attackers assailants raiders militants terrorists insurgents jihadists fighters rebels",
                      "children child kids minors",
                      "men man", "women woman",  # "one man has been arrested" / "arrested two men"
                      "protesters demonstrators",
                      PARLIAMENTARIANS)
# Words counted with their group only bare: a word before them says whose they are ("14 fighters"
# are the attackers; "14 pro-government fighters", "two fire fighters" are not).
_ONE_SIDE_BARE = frozenset({"fighters"})
_COUNTED_AS = {stem(word): stem(group.split()[0]) for group in (
    *_PEOPLE_COUNTED_AS,
    "scheduled planned due",  # what a date is set for: "scheduled for Thursday", "planned for Wednesday"
) for word in group.split()}
# The stems a count of people is keyed by: "suspect", "individu", "worker" (not "countri")
_PEOPLE_STEMS = frozenset(map(stem, _PEOPLE_WORDS)) | frozenset(
    stem(group.split()[0]) for group in _PEOPLE_COUNTED_AS)
# Words after a count of one kind of people that add others to those the fate befell: "four
# workers and a guard", "three soldiers as well as a child", "two officers along with".
_AND = {"and", "or", "plus"}
_BESIDES = {"as", "along", "alongside", "besides", "together", "with"}
_FATE_REACH = 4  # how many content words from a count, in its clause, the word of what befell them may stand
# A count by which one thing leads or trails another is a margin, apart from the counts it lies
# between: "35 seats, nine seats ahead of its closest rival" / "10 seats ahead".
_MARGIN_AFTER = re.compile(r"\s+(?:ahead of|behind|short of|clear of|more than|fewer than|less than)\b", re.I)
_MARGIN = " margin"
_SEATS = frozenset({"seats"})  # what a whole counts of its own, apart from its parts: a house's seats
_IN_ALL = " in all"
# A toll that counts the attacker ("three people were killed, including the gunman") counts one
# victim fewer, or as many as one that does not say: it stands for those two counts, halfway
# between them and reaching a little short of each's rounding beyond.
_WITH_THE_ATTACKER = re.compile(
    r"[^.;:]{0,40}?,\s+including\s+(?:the\s+)?(?:(?:suspected|alleged|lone)\s+)?"
    r"(?:gunman|shooter|attacker|assailant|bomber|suspect|perpetrator|killer)\b", re.I)
_ATTACKER_COUNTED = 0.9
_DEAD = "/dead"
# A part of those counted, set off by commas between the count and what befell them: "39 people,
# including four children, were killed" (at most so many words).
_INCLUSIONS = frozenset({"including", "among"})
_INCLUSION_WORDS = 6
# Words after a number that loosen it, as the word before it would.
_LOOSENERS_AFTER = {"or more": "at least", "or so": "about", "or fewer": "up to", "or less": "up to"}
_LOOSENER_AFTER = re.compile(rf"\s*({'|'.join(_LOOSENERS_AFTER)})", re.I)
_WHEN = "when "
TALLY = "tally"
# The size of a crowd, whatever its people are called ("12,000 people rallied" / "15,000 furious
# protesters flooded the square" / "police put the crowd at about 3,000"): a count of people, or of
# nobody named after "crowd" or "turnout", in a clause with one of these words. The organisers'
# own estimate is a slot of its own: police and organisers count a crowd apart.
CROWD = "crowd"
_CROWD_WORDS = frozenset(stem(w) for w in """crowd crowds mob throng rally rallied gathered protest protested
demonstrated marched flooded swarmed thronged turnout""".split())
_CROWD_PEOPLE = frozenset("people persons protesters demonstrators supporters fans marchers mourners".split())
_ELECTION = frozenset(stem(w) for w in "vote voters ballots election electoral".split())  # a vote's turnout is none
# Whose estimate a crowd's size is: the nearest of these the sentence names before it, else after it.
_ORGANISERS = frozenset({"organisers", "organizers"})
_OFFICIALS = frozenset({"police", "authorities", "officials", "ministry", "government"})
_ESTIMATORS = _ORGANISERS | _OFFICIALS
_BY_ORGANISERS = CROWD + " by its organisers' count"  # the slot of their estimate, as it is shown
_CROWD_REACH = 8  # how many content words of its clause from the count a crowd's word may stand
TERM = "term"  # in prison, or in office: "a 12-year sentence", "a five-year term"
# The words that make years or months a prison term, and the months in each unit.
_TERM_WORDS = {"jail", "jailed", "prison", "imprisoned", "imprisonment", "sentence", "sentenced", "term", "bars"}
_TERM_MONTHS = {"year": 12, "years": 12, "month": 1, "months": 1}
_TERM_REACH = 4  # how many words (names not counted) from the years a word of the term may stand
NAMED_TERM = TERM + " @"  # the start of the key of a named person's term: "term @doe"
# Verbs that give a term: to their object, or, passive or these two, to their subject.
_SENTENCING = frozenset({"jailed", "sentenced", "imprisoned", "got", "received"})
_GIVEN_TO_SUBJECT = frozenset({"got", "received"})
# The words of sentencing that say so wherever they stand: "got" and "received" a sentence only before it.
_JAILED = re.compile(r"\b(?:" + "|".join(sorted(_SENTENCING - _GIVEN_TO_SUBJECT)) + r")\b", re.I)
_PASSIVE = frozenset({"was", "were", "been"})
_DESCRIBED = 4  # how many words of a title or a description may stand between "jailed" and the name
_JOINED_REACH = 8  # how many words back the "was" of a joined passive ("was found guilty … and sentenced") stands
_TERM_HINT = re.compile(r"\b(?:" + "|".join(sorted(_SENTENCING)) + r")\b", re.I)
# The words that make a term one someone faces or asks for, not one given, and the slot each is:
# the most a conviction may bring, and what a prosecutor asks.
_UNGIVEN_TERMS = {**dict.fromkeys("face faces faced facing could would might maximum".split(), " faced"),
                  **dict.fromkeys("""sought seek seeks seeking asked ask asks demanded demand demands requested
                                  request requests""".split(), " sought")}
_COMPARED = {"than", "below", "under", "above"}  # a term compared with the law's least or most
_DASHES = {"-", "–"}  # what joins two numbers of a range or a tally
# Verbs of a figure that changed: the figure after "from" is the old one, and how many words before
# "from" the verb may stand ("the toll rose steadily over two days from seven").
_FROM_REACH = 5
_CHANGED = set("rose risen rising climbed grew grown increased jumped fell fallen dropped declined".split())
# How many words before a tally say what was voted on, across a comma ("won a confidence vote
# in parliament on Wednesday, 210 to 190").
_TALLY_REACH = 8
# The key of a tally by its smaller number, the losing side's, which a vote told with another count
# keeps ("by 187 votes to 58" / "voted 178 to 58"): "tally smaller 58". Not by its larger: two votes
# of one majority share it ("218-211" on a rule, "218-214" on the bill).
TALLY_SMALLER = f"{TALLY} smaller "
_VOTES = {"votes", "vote"}  # between a tally's two numbers: "by 212 votes to 188"
# "226 votes in favour and 199 against", "121 MPs for, just 9 against": the voters or "voted"
# may stand after each number.
_VOTER_WORDS = f"{PARLIAMENTARIANS} senators members judges delegates councillors councilors representatives jurors " \
               "shareholders voters voted"
_VOTERS = rf"(?:votes?\s+|(?:{'|'.join(_VOTER_WORDS.split())})\s+(?:voted\s+)?)?"
_FOR_AND_AGAINST = re.compile(rf"([0-9]{{1,6}})\s+{_VOTERS}(?:in\s+favou?r|for)\s*(?:,\s*|\s+)(?:(?:and|with|to)\s+)?"
                              rf"(?:(?:just|only)\s+)?([0-9]{{1,6}})\s+{_VOTERS}against\b", re.I)
# A translation's order: "For the minister voted 81 deputies, against 64", "…, against were 64" (the "for"
# before, `_tally`).
_FOR_BEFORE_AGAINST = re.compile(rf"([0-9]{{1,6}})\s+(?:(?:votes?|{'|'.join(_VOTER_WORDS.split())})\b)?,?\s*"
                                 rf"(?:and\s+)?against\s+(?:(?:were|was|voted)\s+)?([0-9]{{1,6}})\b", re.I)
_FOR_REACH = 6  # how many words before the first number its "for" may stand
# Words after two numbers that make them a change or a range of a measure ("cut rates 10 to 5
# percent"), not a tally of votes; so do a scale word and a unit of measures.py.
_NO_VOTES = set("per percent points degrees minutes hours days weeks months years".split())
# A whole number in plain figures, short enough to read: str.isdigit() also admits "²", which
# int() refuses, and int() refuses a run of over 4,300 figures; article text may hold either.
_WHOLE = re.compile(r"[0-9]{1,6}")


_SENTENCE_MEMOS: list[list] = []  # each memo's one cell: (the tokens it was read for, what was read)


def _once_a_sentence(read):
    """`read(text, toks)` kept for the sentence last asked about (known by its tokens, which are
    held, so never another's): a sentence's counts are read one after another, each asking the
    same of it, and a line may be megabytes. The cell holds one pair, replaced whole, so a
    reader in another thread sees one sentence's tokens with that sentence's reading."""
    cell = [(None, None)]
    _SENTENCE_MEMOS.append(cell)

    @wraps(read)
    def cached(text: str, toks: TokenFeatures):
        held, value = cell[0]
        if held is not toks:
            value = read(text, toks)
            cell[0] = (toks, value)
        return value
    return cached


def forget_sentences() -> None:
    """Let go of the sentences the memos hold: the last of an analysis may be megabytes."""
    for cell in _SENTENCE_MEMOS:
        cell[0] = (None, None)


@dataclass(frozen=True, slots=True)
class Occasion:
    """When a count's or a sum's clause says its act happened: the weekdays and months it names (not those
    of the report: "police on Tuesday said"), whether it sets the act apart from another of its
    kind ("a second bomb", "similar floods last year"), and whether it counts a running total or
    another time ("since June", "so far", "in 2019")."""
    dates: frozenset[str]
    apart: bool
    running: bool
    month: str = ""  # the month the sentence opens with ("In March, …"), if it does
    total: bool = False  # running as a total up to now ("since Sunday", "so far"), not of another time ("in 2019")

    def counts_other_than(self, other: Occasion) -> bool:
        """Whether counts of matching sentences count on two occasions: either sets its act
        apart, one counts at another time ("in 2019") and the other does not, one keeps a running
        total and the other counts on a day ("since the protests began" / "on Saturday"; an
        undated count may be the total), or one opens on a month the other does not. Days that
        differ do not part them: the day is what they contradict on."""
        total, once = (self, other) if self.running else (other, self)
        keeps_apart = (self.running, self.total) != (other.running, other.total) and (
            bool(once.dates) or not total.total or once.running)
        return self.apart or other.apart or keeps_apart or self.month != other.month

    def may_be_other_than(self, other: Occasion) -> bool:
        """Whether counts of sentences that do not match may count on two occasions: either
        sets its act apart or keeps a running total, or both date it on no day in common."""
        return (self.apart or other.apart or self.running or other.running or self.month != other.month
                or bool(self.dates and other.dates and self.dates.isdisjoint(other.dates)))


@dataclass(frozen=True, slots=True)
class Slot:
    key: str  # what is filled: "prison", "percent/vote", "percent rose", "$earn", "age @doe", "when struck"
    value: str  # with what: "#37", "#3e+06", "tuesday"
    start: int  # where, in the sentence
    end: int
    subject: str  # how a summary names the slot: "miners", "Jane Doe’s age", "date"
    loosener: str | None = None  # the word that loosens a number: "about", "as many as", "or more"
    half_step: float = 0.5  # half its last written digit: "1.2 million" stands for 1.15 to 1.25 million
    count: bool = False  # a count of people or things, whose floor ("at least 12") reaches only a little above
    # For a count of one kind of those a fate befell ("killing four workers"), the key of a count
    # of all of them: where the sentence counts no one else, a toll of "five people" contradicts it.
    all_befallen: str = ""
    # For a count, the place its clause puts those counted ("seven people could be in the
    # river": the river's stem), or "".
    placed: str = ""
    occasion: Occasion = Occasion(frozenset(), False, False)  # for a count or a sum, when its clause says it happened


_NameRun = tuple[int, int, str]  # a name's first and last token and its key, as features.name_runs gives it


@dataclass(frozen=True, slots=True)
class SentenceNames:
    """A sentence's names by their first token and by their last, read once a sentence: an age
    finds its person in one step, where walking every name for each number made a long sentence
    quadratic."""
    by_first: dict[int, _NameRun]
    by_last: dict[int, _NameRun]

    @classmethod
    def of(cls, toks: TokenFeatures) -> SentenceNames:
        runs = list(name_runs(toks))
        return cls({run[0]: run for run in runs}, {run[1]: run for run in runs})


def sentence_slots(text: str, toks: TokenFeatures) -> Iterator[Slot]:
    """Every slot the sentence fills, in reading order of numbers, then of dates. Numbers of a
    measure with a unit or of a clock time are read as such (`measures.py`), not as counts."""
    dates = [i for i, (tok, _) in enumerate(toks) if _is_date_word(tok.text) or _abbreviated_date(toks, i)]
    days = _days_of_months(toks, dates)
    taken = Stretches([(m.start, m.end) for m in (*measures(text), *times_of_day(text))]
                   + [(toks[d][0].start, toks[d][0].end) for d in days.values()])  # "3 March" counts no March
    names = SentenceNames.of(toks)
    entry = live_entry(text)
    for i, (tok, feats) in enumerate(toks):
        if tok.end <= entry:
            continue  # a live page's time: "18.20 Protesters were detained …"
        if fold(tok.text) in _FRACTIONS:
            yield from _fraction(text, toks, i)
            continue
        number = bool(feats) and feats[0][0] in "#~" and not _in_code(text, tok.start)
        if not (number or (feats and "-" in tok.text)) or _ends_range(text, toks, i) or taken.holds(tok.start) \
                or _in_a_fraction(text, toks, i) \
                or _superseded(toks, i) or _ONE_IN_A_SERIES.match(text, tok.start) or _multiple(toks, i) \
                or (fold(tok.text) == _DOZEN and i > 0 and holds_number(toks[i - 1][1])) \
                or (i + 1 < len(toks) and fold(toks[i + 1][0].text) in _FRACTION_COUNTS):
            continue  # "two thirds" is a fraction (`_fraction`), no count of thirds
        if not number:
            if slot := _term(text, toks, i):  # a number word joined to its unit: "a two-year sentence"
                yield from _with_whose(text, toks, names, i, slot)
            continue
        tallies = _tallies(text, toks, i)
        if tallies:
            taken.reaches(tallies[0].end)  # a tally's second number is no count of its own
            yield from tallies
            continue
        slot = _term(text, toks, i)
        if slot:
            taken.reaches(slot.end)
            yield from _with_whose(text, toks, names, i, slot)
        elif holds_number(feats):
            sums, in_words = _sums(text, toks, i)
            yield from sums
            if not sums or in_words:  # "3 million euros" is a count of euros too
                found = _quantity(text, toks, i, names)
                taken.reaches(max((s.end for s in found if s.key == SPAN), default=-1))  # "… and 25 minutes"
                yield from found
        elif age := _years_of_age(text, toks, i, names):  # "Jane Doe, 54 years old,": read as a span of years
            yield age
    yield from _dates(text, toks, dates, days)
    yield from _conditions(text)


def _in_code(text: str, start: int) -> bool:
    """A figure written onto letters, or joined to them by a hyphen, is part of a code, not a
    count: "the A3 motorway", "G7", "the DSX-20 index", "an F-16"; the minutes of a time are no
    count either ("13:40 Observers: …", a live page's entry)."""
    before = text[max(0, start - 2):start]
    return (before[-1:].isalpha() or (len(before) == 2 and before[1] == "-" and before[0].isalpha())
            or (len(before) == 2 and before[1] == ":" and before[0].isdigit()))  # the minutes of "13:40"


def _conditions(text: str) -> Iterator[Slot]:
    """A person's condition on the hospitals' small scale: "in critical condition", "seriously
    injured", "minor injuries"; "very serious" is serious; "critical but stable" is neither, and
    so is one said not to be."""
    if not _CONDITION_END.search(text):
        return
    for m in _CONDITION.finditer(text):
        if _TWO_RUNGS.search(text, max(0, m.start() - _LONGEST_RUNGS), m.start()) \
                or _NEGATED.search(text, max(0, m.start() - _LONGEST_NEGATION), m.start()):
            continue
        word = (m.group(1) or m.group(2)).lower()
        yield Slot(_CONDITION_SLOT, _CONDITION_SCALE[word], m.start(), m.end(), "condition")


def _quantity(text: str, toks: TokenFeatures, i: int, names: SentenceNames) -> list[Slot]:
    """Number `i` as a percentage (`_percent`), an age, a count of the first word after it ("12
    rescued miners", "3 million people"), or a death toll."""
    tok, feats = toks[i]
    if tok.text.endswith("%"):
        return _percent(text, toks, i, i)
    age = _age_of(text, toks, i, names) or _aged(text, toks, i, names)
    if age:
        return [Slot(AGE + age[0], feats[0], tok.start, tok.end, f"{age[1]}’s age")]
    if i + 1 < len(toks) and fold(toks[i + 1][0].text) in YEARS_OLD:
        age = _aged_person(text, toks, i, names)  # "a 33-year-old driver": whose age, or no slot
        if age is None and _stands_alone(text, toks, i + 1):
            age = ("", "")  # "The 54-year-old had led …": someone named before (`quantities.py` reads whom)
        return [Slot(AGE + age[0], feats[0], tok.start, toks[i + 1][0].end,
                     f"{age[1]}’s age" if age[1] else "age")] if age else []
    value = float(feats[0][1:])
    last, scale = _scaled(text, toks, i)  # "3 million people": people are counted
    half = _half_after(text, toks, last) if scale == 1 else None
    if _glued_half_age(toks, last) or (half is not None and _an_age_after(toks, half)):
        return []  # "a 2 1/2-year-old girl", "a 2½-year-old", "5 1/2 years old": an age, of whom is not read
    if half is not None:  # "two and a half hours", "two and a half thousand", "5½ hours"
        value += 0.5
        last, scale = _scaled(text, toks, half)
    value, end, rounding = value * scale, toks[last][0].end, _rounding(tok.text, scale)
    loosener = _loosener(text, tok.start, end)
    whole = _whole_of_part(text, toks, last + 1)  # "34 of the 60 seats": 60
    # "22,000 according to police" at a protest: whose estimate, not 22,000 police
    estimate = _crowd(text, toks, i, named_before=True) if _ESTIMATE_AFTER.match(text, end) and not _fate(
        text, toks, i) else None
    j = None if estimate else _counted_word(text, toks, (last if whole is None else whole) + 1)
    if j is not None:
        unit, unit_feats = toks[j]
        if unit_feats[0] == _PERCENT or (unit_feats[0] == "cent" and fold(toks[j - 1][0].text) == "per"):
            return _percent(text, toks, i, j)  # "54 percent", "54 per cent"
        word = fold(unit.text)
        if whole is not None:  # a part, keyed by the whole and by what it did: "won 34 of the 60 seats"
            key = (f"{_one_for_another(unit_feats[0])} of {toks[whole][1][0][1:]} {_act_of_part(text, toks, i, j)}"
                   f"{_named_before(text, toks, i)}")
            return [Slot(key, f"#{value:g}", _loosened_start(text, tok.start, loosener), unit.end, unit.text,
                         loosener, rounding, count=True, occasion=_occasion(text, toks, i))]
        span = _span(text, toks, i, j, value, loosener, rounding)
        if span is not None:
            return span
        if _size_of_the_whole(text, toks, i, j):
            return []
        # "two of the 300 passengers were hurt": no fate for the whole; none befalls a sum of money
        fate = "" if _is_a_whole(toks, i) or unit_feats[0] in MONEY or _currency_sign(text, toks, j) else (
            _fate(text, toks, i) or _thing_fate(text, toks, i, word, unit_feats[0]))
        # "12 injured", "five were killed", "12 were arrested": people injured, killed, arrested (past an
        # auxiliary not a word that befalls things too: "three were captured" may be tanks, "three were held"
        # rallies); "six suspects were arrested": the people arrested
        everyone = (word in FATES and (j == last + 1 or (word not in _BEFALLS_THINGS and not any(
            toks[k][1] for k in range(last + 1, j))))) or (fate and (word in _EVERYONE or (
                word == _OTHERS and _others_of_another_fate(toks, i))))
        period = _period(text, unit.end)
        some = fate and word in _KINDS_OF_PEOPLE and _nobody_else(text, toks, j)
        all_befallen = PEOPLE + period + fate if some else ""
        if way := _voted_which_way(toks, j):  # those who voted one way: deputies when nobody else is named
            counted = (_VOTERS_UNNAMED if word in _VOTED_ALONE else _one_for_another(unit_feats[0])) + way
            if j > last + 1 and (side := fold(toks[j - 1][0].text)) in _SIDES:
                counted = f"{side} {counted}"  # "two coalition deputies": some of those who voted
        elif everyone:
            counted = PEOPLE
        else:
            described = j > last + 1 and word in _ONE_SIDE_BARE  # "14 pro-government fighters", "two fire fighters"
            counted = _homes_cut_off(text, unit_feats[0], tok.start, unit.end) or (
                unit_feats[0] if described else _one_for_another(unit_feats[0]))
            if word in _CHARGES and (charge := _charge(text, unit.end)):
                counted += "/" + charge  # "two counts of murder": not all four counts he faced
        if word in _PEOPLE_WORDS and _POPULATION_BEFORE.search(text, max(0, tok.start - _POPULATION_REACH),
                                                                tok.start):
            counted = _POPULATION  # "a village of about 900 people": who live there, not who were there
        margin = _MARGIN if _MARGIN_AFTER.match(text, unit.end) else ""  # "nine seats ahead of its rival"
        if _is_a_whole(toks, i) and word in _SEATS:
            margin = _IN_ALL  # "35 of 150 seats": the house's seats, not those won
        if fate == _DEAD and _WITH_THE_ATTACKER.match(text, end):  # "three dead, including the gunman"
            value, rounding = value - 0.5, _ATTACKER_COUNTED  # two or three victims, not four
        if place := _place_of_a_part(text, unit.end):
            counted += f" in {place}"
        count = Slot(counted + period + fate + margin, f"#{value:g}",
                     _loosened_start(text, tok.start, loosener), unit.end, unit.text, loosener, rounding,
                     count=True, all_befallen=all_befallen, placed=_placed(text, toks, j),
                     occasion=_occasion(text, toks, i))
        crowd = _crowd(text, toks, i) if word in _CROWD_PEOPLE and not fate and not period else None
        if crowd == _BY_ORGANISERS:  # theirs is no count of the people there, as police's may be
            return [replace(count, key=crowd, subject=crowd)]
        return [count, replace(count, key=crowd, subject=crowd)] if crowd else [count]
    if any(fold(toks[j][0].text) == "toll" for j in _content_words(text, toks, i, -1, CLAUSE_REACH)):
        # "the death toll rose to 47": people killed, as "killed 47 people" counts them
        key = PEOPLE + _DEAD
    elif counted := _number_of(text, toks, i):
        key = counted  # "put the number of hostages killed at 19": hostages killed
    elif crowd := estimate or _crowd(text, toks, i, named_before=True):
        key = crowd  # "police put the crowd at about 3,000", "the turnout at 60,000"
    elif i and fold(toks[i - 1][0].text) in FATES and not _aimed(toks, i - 1):
        # "and killed four": people killed; "killing three gunmen and wounding five": five gunmen
        key = (_elided(toks, i) or PEOPLE) + "/" + FATES[fold(toks[i - 1][0].text)]
    else:
        return []
    return [Slot(key, f"#{value:g}", _loosened_start(text, tok.start, loosener), end,
                 key if key.startswith(CROWD) else "people", loosener, rounding, count=True,
                 occasion=_occasion(text, toks, i))]


def _elided(toks: TokenFeatures, i: int) -> str:
    """What count `i`, right after a word of a fate, counts when it leaves out the kind of people an
    earlier count joined to it by "and" gave: "killing three gunmen and wounding five" (gunmen),
    "killed 12 soldiers and wounded 30" (soldiers); "" when there is none, or the earlier count is of
    things ("destroyed 40 homes and injured 12": people)."""
    if i < 4 or fold(toks[i - 2][0].text) != "and" or not holds_number(toks[i - 4][1]):
        return ""
    noun = fold(toks[i - 3][0].text)
    return _one_for_another(toks[i - 3][1][0]) if noun in _PEOPLE_WORDS and noun not in _EVERYONE else ""


@_once_a_sentence
def _first_features(text: str, toks: TokenFeatures) -> frozenset[str]:
    """Each token's first feature (a word's stem, a name's key, a number), as a set."""
    return frozenset(feats[0] for _, feats in toks if feats)


def _crowd(text: str, toks: TokenFeatures, i: int, named_before: bool = False) -> str | None:
    """The slot of a crowd's size (CROWD) that count `i` gives, when a word of a crowd stands in
    its clause; with `named_before`, a count of nobody named is of the crowd only after "crowd"
    or "turnout", or, in a sentence about a crowd, before whose estimate it is ("protested on
    Tuesday - 22,000 according to police, 80,000 according to the organisers"). The organisers'
    estimate when they are the nearest estimator named before it, or after it when none is
    (`_by_organisers`). None in a sentence about a vote: a turnout of voters is no crowd."""
    if not _ELECTION.isdisjoint(_first_features(text, toks)):
        return None
    before = {toks[k][1][0] for k in _content_words(text, toks, i, -1, _CROWD_REACH)}
    estimate = _ESTIMATE_AFTER.match(text, toks[i][0].end) if named_before else None
    if estimate:
        crowd = not _CROWD_WORDS.isdisjoint(_first_features(text, toks))
        return (_BY_ORGANISERS if estimate.group(1) else CROWD) if crowd else None
    after = set() if named_before else {toks[k][1][0] for k in _content_words(text, toks, i, 1, _CROWD_REACH)}
    if named_before and not {stem("crowd"), stem("turnout")} & before:
        return None
    if (before | after).isdisjoint(_CROWD_WORDS):
        return None
    return _BY_ORGANISERS if _by_organisers(text, toks, i) else CROWD


def _by_organisers(text: str, toks: TokenFeatures, i: int) -> bool:
    """Whether count `i` is the organisers' estimate: they are the nearest of the organisers and
    the officials the sentence names before it ("Police put the crowd at 20,000 while organisers
    put it at 60,000"), or, with none before, after it ("50,000 people, organisers said")."""
    at, words = _estimators(text, toks)
    n = bisect_left(at, i)
    nearest = words[n - 1] if n else words[0] if words else ""
    return nearest in _ORGANISERS


@_once_a_sentence
def _estimators(text: str, toks: TokenFeatures) -> tuple[list[int], list[str]]:
    """Where the sentence names organisers or officials, and the words."""
    said = [(k, fold(tok.text)) for k, (tok, _) in enumerate(toks) if fold(tok.text) in _ESTIMATORS]
    return [k for k, _ in said], [word for _, word in said]


# A crowd's size and whose estimate it is, after it: "80,000 according to the organisers"
_ESTIMATE_AFTER = re.compile(r"\s+(?:people\s+)?according\s+to\s+(?:the\s+)?(?:(organi[sz]ers)|police)\b", re.I)


def _number_of(text: str, toks: TokenFeatures, i: int) -> str | None:
    """The key of what "the number of …" before number `i` in its clause counts, with what
    befell them: "the number of hostages killed at 19" -> hostages killed, "the number of dead
    rose to 12" -> people killed."""
    def low(k: int) -> str:
        return fold(toks[k][0].text)

    for k in clause_tokens(text, toks, i, -1, CLAUSE_REACH):
        if low(k) == "number" and k + 2 < i and low(k + 1) == "of":
            j = k + 2 + (low(k + 2) == "the")
            if low(j) in FATES:
                return f"{PEOPLE}/{FATES[low(j)]}"
            if low(j) in _EVERYONE:
                counted = PEOPLE
            elif toks[j][1]:
                counted = _one_for_another(toks[j][1][0])
            else:
                return None
            fate = FATES.get(low(j + 1), "") if j + 1 < i else ""
            return counted + (f"/{fate}" if fate else "")
    return None


def _sums(text: str, toks: TokenFeatures, i: int) -> tuple[list[Slot], bool]:
    """Number `i` as a sum, after a currency sign or before a currency's word ("paid $3.5
    million", "3.5 million euros"), one slot for each word of the act around it: the words
    before it in its clause ("accepting bribes worth $4.2 million", `_act_before`) and the word
    after it that says what it is (`_what_is_paid`: "taking $4.5 million in bribes"), so that
    two sentences telling one sum in other words meet on one of them; and its currency
    (`_currency`). With them, whether the currency is written in a word after the figure."""
    tok, feats = toks[i]
    last, scale = _scaled(text, toks, i)
    begin, end, currency = _written_sum(text, toks, i, last, scale)
    if begin is None:
        return [], False
    amount, rounding = f"#{float(feats[0][1:]) * scale:g}", _rounding(tok.text, scale)
    loosener = _loosener(text, begin, toks[end][0].end)  # "more than $1 million"
    start = _loosened_start(text, begin, loosener)
    first = next(j for j in range(i, -1, -1) if j == 0 or toks[j - 1][0].start < start)  # "stole around €2m": stole
    paid = _what_is_paid(text, toks, end)
    acts = [*_act_before(text, toks, first, _SUM_REACH), *paid]
    named = f"sum {toks[(paid or acts)[0]][0].text}" if acts else ""  # one name for all: they are one sum
    occasion = _occasion(text, toks, i)
    sums = [Slot(currency + toks[a][1][0], amount, start, toks[end][0].end, named, loosener, rounding,
                 occasion=occasion) for a in acts]
    return (sums + [_currency(sums[0])] if sums else []), begin == tok.start


def _currency_sign(text: str, toks: TokenFeatures, k: int) -> str | None:
    """The sign of the currency whose word is token `k`: a known one's, or UNNAMED_CURRENCY's
    for a word its use says is money; None for any other word."""
    if k >= len(toks):
        return None
    word = toks[k][0].text
    known = _CURRENCY_WORDS.get(fold(word))
    if known or not word.isalpha() or not word.islower() or is_english_word(word):
        return known
    paid = any(toks[j][1][:1] and toks[j][1][0] in SUM_ACTS for j in clause_tokens(text, toks, k, -1, CLAUSE_REACH))
    return UNNAMED_CURRENCY if paid or _MONEY_AFTER.match(text, toks[k][0].end) else None


def _signed(text: str, start: int) -> bool:
    """A currency sign stands right before offset `start`: "€14m"."""
    return start > 0 and text[start - 1] in CURRENCIES


def _act_before(text: str, toks: TokenFeatures, k: int, reach: int = _UNIT_REACH) -> Iterator[int]:
    """The content words before a figure at token `k` in its clause (`_content_words`), back to
    a figure before it and the words of its unit, or to "and": in "fell 4 per cent to 23 per
    cent" or "€5 million and $2 million" the second figure's act is not the first's."""
    for j in clause_tokens(text, toks, k, -1, reach):
        feats = toks[j][1]
        word = fold(toks[j][0].text)
        if (feats and is_quantity(feats[0])) or word in _FIGURE_WORDS or word == "and":
            return  # "exports rose 4 per cent in the year and imports 9 per cent": imports
        like = j and fold(toks[j - 1][0].text) in ARTICLES and (word.endswith("ing") or j == k - 1)
        if holds_word(feats) and not like:
            yield j  # not "a staggering €3m", "the remaining $2m", "a measly €410m": what the sum is like


def _what_is_paid(text: str, toks: TokenFeatures, end: int) -> list[int]:
    """The word after a sum ending at token `end` that says what it is, right after it or after
    "in", "of" or "for": "$4.5 million in bribes", "a €3.8bn savings package"; not where it came
    from or went ("€2m from a van")."""
    for j in _content_words(text, toks, end, 1):
        return [j] if all(fold(toks[k][0].text) in _PAID_AS for k in range(end + 1, j)) else []
    return []


def _written_sum(text: str, toks: TokenFeatures, i: int, last: int, scale: float) -> tuple[int | None, int, str]:
    """Where a sum at number `i` (its scale words to token `last`, making `scale`) starts, at the sign before it,
    the token it ends with, its last or the currency word after it, and its currency's sign;
    (None, last, "") if it is no sum."""
    start = toks[i][0].start
    if _signed(text, start):
        return start - 1, last, text[start - 1]
    after = last + 1
    currency = None if gap(text, toks, last) else _currency_sign(text, toks, after)
    if currency and (fold(toks[after][0].text) not in _ALSO_THINGS
                     or scale * float(toks[i][1][0][1:]) >= _LEAST_SUM_OF_THINGS):
        return start, after, currency
    return None, last, ""


def _scaled(text: str, toks: TokenFeatures, i: int) -> tuple[int, float]:
    """The last token of number `i` with the scale words right after it ("3.5 million", "two
    hundred thousand"), and the scale they make."""
    last, scale = i, 1
    while last + 1 < len(toks) and not PUNCTUATION.search(text, toks[last][0].end, toks[last + 1][0].start):
        word = fold(toks[last + 1][0].text)
        if word in _SIGNED_SCALES and toks[last + 1][0].start == toks[last][0].end and (
                _signed(text, toks[i][0].start) or _currency_sign(text, toks, last + 2)):
            return last + 1, scale * _SIGNED_SCALES[word]  # "€14m", "5m euros"
        if word not in _COUNT_SCALES:
            break
        last += 1
        scale *= _COUNT_SCALES[word]
    return last, scale


def _place_of_a_part(text: str, end: int) -> str:
    """The stem of the place a count ending at `end` is told of as a part of the story's count: one
    place of a list of places and their counts (the next one's count a number), or one place "alone"."""
    listed = _BY_PLACE.match(text, end)
    if listed and number_value(listed.group(2)) is not None:
        return stem(fold(listed.group(1)))
    return _place_alone(text)


@lru_cache(maxsize=1)  # a sentence's counts are read one after another
def _place_alone(text: str) -> str:
    """The stem of the place a sentence tells of "alone", or "": searched once a sentence, not once
    a count (a line may be megabytes)."""
    alone = _PLACE_ALONE.search(text)
    return stem(fold(alone.group(1))) if alone else ""


def _span(text: str, toks: TokenFeatures, i: int, j: int, value: float, loosener: str | None,
          rounding: float) -> list[Slot] | None:
    """The slots of a span of time, number `i` of minutes, hours, days or weeks (token `j`), in hours:
    "within five days" / "within two weeks", "after 11 hours"; and, for a span in office (months
    too), the same as a tenure (`TENURE`); no slot at all for a date told as a span back, "two
    weeks ago"; None when token `j` is no unit of time. (A translation's clock time, "at 21.40
    hours", is a time of day, `measures.times_of_day`, whose number no count reads.)"""
    unit = toks[j][1][0]
    if unit not in _TENURE_HOURS:
        return None
    tenure = _IN_OFFICE.match(text, toks[j][0].end) is not None and not _NOT_A_TENURE.search(
        text, max(0, toks[i][0].start - _NOT_A_TENURE_REACH), toks[i][0].start)
    hours = (_TENURE_HOURS if tenure else _SPAN_HOURS).get(unit)
    after = fold(toks[j + 1][0].text) if j + 1 < len(toks) else ""
    if hours is None:
        return None
    if after == "ago":
        return []  # "two weeks ago" dates an act to the day it was written
    start = _loosened_start(text, toks[i][0].start, loosener)
    end, value = toks[j][0].end, value * hours
    if hours == 1 and (minutes := _minutes_after(text, toks, j)):  # "2 hours and 25 minutes"
        (end, added), rounding = minutes, _MINUTE / 2
        value += added
    span = Slot(SPAN, f"#{value:g}", start, end, SPAN, loosener, rounding * hours, count=True,
                occasion=_occasion(text, toks, i))
    return [span, replace(span, key=TENURE, subject=TENURE)] if tenure else [span]


def _minutes_after(text: str, toks: TokenFeatures, j: int) -> tuple[int, float] | None:
    """The end and the hours of the minutes told right after a span in hours (token `j`), "and"
    between them or not: "2 hours and 25 minutes", "two hours 25 minutes"."""
    k = j + 2 if j + 1 < len(toks) and fold(toks[j + 1][0].text) == "and" else j + 1
    if k + 1 >= len(toks) or PUNCTUATION.search(text, toks[j][0].end, toks[k + 1][0].start):
        return None
    number, unit = toks[k][1], toks[k + 1][1]
    if not (holds_number(number) and unit and _SPAN_HOURS.get(unit[0]) == _MINUTE):
        return None
    return toks[k + 1][0].end, float(number[0][1:]) * _MINUTE


def _others_of_another_fate(toks: TokenFeatures, i: int) -> bool:
    """Whether "others" counted by number `i` are all those their fate befell: no count stands
    before it, or a word of another fate does ("killed five and wounded 87 others"), not
    "three police officers and 12 others were killed", the rest of those killed."""
    before = next((k for k in range(i - 1, -1, -1) if holds_number(toks[k][1])), None)
    return before is None or any(fold(toks[k][0].text) in FATES for k in range(before + 1, i))


def _size_of_the_whole(text: str, toks: TokenFeatures, i: int, j: int) -> bool:
    """Number `i` joined to its unit `j` by a hyphen sizes the whole that a count before it of the
    same unit is a part of: "won 88 seats in the 200-seat assembly" counts 88 seats, not 200."""
    if text[toks[i][0].end:toks[j][0].start] != "-":
        return False
    unit = toks[j][1][0]
    return any(holds_number(toks[k][1]) and toks[k + 1][1][:1] == (unit,) for k in range(i - 1))


def _half_after(text: str, toks: TokenFeatures, last: int) -> int | None:
    """The last token of a half after the number ending at token `last`: "two and a half" (in its
    clause), "5½", "5-1/2", "5 1/2"; None when no half follows."""
    after = [fold(tok.text) for tok, _ in toks[last + 1:last + 4]]
    if after == ["and", "a", "half"] and not PUNCTUATION.search(text, toks[last][0].end, toks[last + 3][0].start):
        return last + 3
    if last + 1 < len(toks) and toks[last + 1][0].text == "½" and toks[last][0].end == toks[last + 1][0].start:
        return last + 1
    if after[:2] == ["1", "2"] and text[toks[last][0].end:toks[last + 2][0].start] in ("-1/", " 1/"):
        return last + 2
    return None


def _an_age_after(toks: TokenFeatures, k: int) -> bool:
    """Whether the words after token `k` make the number before them an age: "-year-old", "years old"."""
    after = [fold(tok.text) for tok, _ in toks[k + 1:k + 3]]
    return bool(after) and (after[0] in YEARS_OLD or (after[0] in ("years", "year") and after[1:] == ["old"]))


def _glued_half_age(toks: TokenFeatures, last: int) -> bool:
    """Whether a half and "-year-old" are written as one word after the number ending at token
    `last`: "a 2½-year-old girl"."""
    if last + 1 >= len(toks):
        return False
    number, after = toks[last][0], toks[last + 1][0]
    return number.end == after.start and after.text.startswith("½-") and fold(after.text[2:]) in YEARS_OLD


def _in_a_fraction(text: str, toks: TokenFeatures, i: int) -> bool:
    """Whether number `i` is glued by a slash to another ("1/2", "3/4", a date's "12/25"): a part of
    a fraction or a date, no count of its own."""
    before = i > 0 and text[toks[i - 1][0].end:toks[i][0].start] == "/" and _whole(toks[i - 1][0].text) is not None
    after = i + 1 < len(toks) and text[toks[i][0].end:toks[i + 1][0].start] == "/" \
        and _whole(toks[i + 1][0].text) is not None
    return before or after


def _content_words(text: str, toks: TokenFeatures, k: int, step: int, reach: int = _UNIT_REACH) -> Iterator[int]:
    """The content words from token `k` one way (step -1 or 1), within `reach` words of its
    clause, nearest first."""
    return (j for j in clause_tokens(text, toks, k, step, reach) if holds_word(toks[j][1]))


def _currency(sum_: Slot) -> Slot:
    """The currency of a sum, a slot of the act and the amount: "paid $200,000" and "paid
    €200,000" diverge; two amounts in two currencies may be one sum converted, and never meet."""
    key = f"{_CURRENCY}{sum_.key[1:]} {sum_.value}"
    return Slot(key, sum_.key[0], sum_.start, sum_.end, "currency")


def _share_of(text: str, toks: TokenFeatures, k: int) -> str:
    """What a percentage after token `k` is a share of, as a key suffix ("54% of the vote" ->
    "/vote"): the first word after "of", not across punctuation. A share of the vote and a
    turnout are two slots."""
    for j in clause_tokens(text, toks, k, 1, _UNIT_REACH):
        if j == k + 1 and fold(toks[j][0].text) != "of":
            return ""
        if j > k + 1 and holds_word(toks[j][1]):
            return "/" + toks[j][1][0]
    return ""


def _rounding(number: str, scale: float) -> float:
    """Half the last written digit of a number times its scale word ("1.2 million": 0.05
    million), a twentieth of the scale at most: "3 million" is read to a tenth, as "3.0
    million" would be, so "3.5 million" is another figure and "3,040,000" the same. Dozens are
    told to the dozen: "two dozen" is 18 to 30, as "about 20" is."""
    if scale == DOZEN:
        return scale / 2
    return min(half_step(number), _SCALED_HALF_STEP) * scale if scale > 1 else half_step(number)


def _counted_word(text: str, toks: TokenFeatures, start: int) -> int | None:
    """The word a number right before token `start` counts, a few words on past qualifiers
    ("three former aides": aides) and adverbs ("five heavily armed men": men), or the kind of
    people the word before says which of ("two plant workers": workers); or "percent". None at
    "of" ("one of the", "37 of them"), at the end of the number's clause, at a day ("on
    Monday" says when) or at a time zone ("0840 GMT" is a time)."""
    for j in range(start, min(start + _UNIT_REACH, len(toks))):
        unit, feats = toks[j]
        word = fold(unit.text)
        if word == "of" or PUNCTUATION.search(text, toks[j - 1][0].end, unit.start) or _is_date_word(unit.text) \
                or word in TIME_ZONES:
            return None
        if word not in _QUALIFIERS and holds_word(feats) and not (word.endswith("ly") and j + 1 < len(toks)):
            if word not in FATES and _says_which_of_next(text, toks, start, j):
                return j + 1
            return _people_described(text, toks, j) or j
    return None


def _people_described(text: str, toks: TokenFeatures, j: int) -> int | None:
    """The kind of people two words after token `j`, which with the word between describes them:
    a tabloid's "THREE innocent farm workers", "Twelve terrified young hostages", "FIVE brave
    Korvenian soldiers" (a nation's adjective read as its name); not what a noun counts ("Two
    boats carrying migrants", "Two days later soldiers")."""
    k = j + 2
    if k >= len(toks) or fold(toks[k][0].text) not in _PEOPLE_WORDS or number_value(toks[j - 1][0].text) == 1:
        return None  # "One night Kestrian soldiers broke in": "one" counts no plural
    described = all(_describes(fold(toks[n][0].text)) and (holds_word(toks[n][1]) or holds_name(toks[n][1]))
                    for n in (j, j + 1))
    return k if described and not PUNCTUATION.search(text, toks[j][0].end, toks[k][0].start) else None


def _describes(word: str) -> bool:
    """A word that may describe people before the word for them: no plural noun, no verb's
    -ing, no kind of people itself ("innocent", "farm", "young"; not "boats", "carrying")."""
    return not word.endswith(("s", "ing")) and word not in _PEOPLE_WORDS and word not in FATES


def _says_which_of_next(text: str, toks: TokenFeatures, start: int, j: int) -> bool:
    """Whether token `j` only says which of the word written right after it, which is what the
    number before token `start` counts: a kind of people ("construction workers", "police
    officers"), or, after a number above one, a plural ("34 attack drones", "six cruise
    missiles"; not "1 person dies", nor "3 percent rises")."""
    if j + 1 >= len(toks) or PUNCTUATION.search(text, toks[j][0].end, toks[j + 1][0].start):
        return False
    word, nxt = fold(toks[j][0].text), fold(toks[j + 1][0].text)
    if nxt in _PEOPLE_WORDS:  # "40,000 jubilant people"
        return True
    number = toks[start - 1][1] if start else ()
    return (holds_number(number) and float(number[0][1:]) > 1 and not word.endswith("s") and word not in _NOT_A_HEAD
            and nxt.endswith("s") and not nxt.endswith("ss") and nxt not in FATES and holds_word(toks[j + 1][1]))


def _percent(text: str, toks: TokenFeatures, i: int, j: int) -> list[Slot]:
    """Number `i` as a percentage ("54%" or "54 percent" ending at token `j`), standing for what
    rounds to its last written digit ("44.1 percent": 44.05 to 44.15): of what it says it is a
    share ("54% of the vote"), or else one slot for each word of what rose or fell by it, as a
    sum has (`_sums`): "the index jumped 3.2%" and "the index closed up 2.3%" meet, "the
    currency firmed 1.6%" and "prices rose 11 per cent" do not."""
    tok = toks[i][0]
    share = _share_of(text, toks, j)
    acts = () if share else (*_act_before(text, toks, i), *_what_is_paid(text, toks, j))
    keys = [share] if share else [" " + toks[a][1][0] for a in acts] + _named_share(text, toks, i)
    if _is_turnout(text, toks, i, j, share):  # one figure of one vote, however far apart its sentences
        return [Slot(TURNOUT, toks[i][1][0], tok.start, toks[j][0].end, "turnout",
                     half_step=half_step(tok.text.rstrip("%")), occasion=_occasion(text, toks, i))]
    return [Slot(_PERCENT + key, toks[i][1][0], tok.start, toks[j][0].end, "percent",
                 half_step=half_step(tok.text.rstrip("%"))) for key in keys]


def _fraction(text: str, toks: TokenFeatures, i: int) -> list[Slot]:
    """A fraction in words at token `i` as the percentage it is: what fell or rose "by half" or
    "by a third" ("cut its output by half" / "by about 40 percent"), and "half of the vote",
    loosened as a figure is ("more than half"); not an ordinal ("by a third straight rise")."""
    word = fold(toks[i][0].text)
    k = i - 1 if i and fold(toks[i - 1][0].text) in _FRACTION_COUNTS.get(word, ("a", "one")) else i
    value = _FRACTIONS[word] * (number_value(toks[k][0].text) if k < i and word in _FRACTION_COUNTS else 1)
    if k and fold(toks[k - 1][0].text) == "by" and gap(text, toks, k - 1) == "":
        after = i + 1 < len(toks) and not gap(text, toks, i) and holds_word(toks[i + 1][1])
        keys = [] if after else [" " + toks[a][1][0] for a in _act_before(text, toks, k - 1)]  # "a third man"
    else:
        share = _share_of(text, toks, i)
        keys = [share] if share and not _OF_A_LENGTH_OF_TIME.match(text, toks[i][0].end) and text[
            toks[i][0].end:toks[i + 1][0].start].strip() == "" else []
    loosener = _loosener(text, toks[k][0].start, toks[i][0].end)
    start = _loosened_start(text, toks[k][0].start, loosener)
    return [Slot(_PERCENT + key, f"#{value:g}", start, toks[i][0].end, "percent", loosener,
                 half_step=_FRACTION_HALF_STEP) for key in keys]


def _is_turnout(text: str, toks: TokenFeatures, i: int, j: int, share: str) -> bool:
    """Whether a percentage at tokens `i` to `j` is a vote's turnout, however it is told: "Turnout
    was 58%", "the participation in the elections amounted 56.8 percent", "61 per cent of voters
    cast their ballots"."""
    if any(fold(toks[k][0].text) in _TURNOUT_WORDS for k in clause_tokens(text, toks, i, -1, CLAUSE_REACH)):
        return True
    return share == _OF_VOTERS and any(fold(toks[k][0].text) in _VOTED for k in clause_tokens(text, toks, j, 1, 3))


def _named_share(text: str, toks: TokenFeatures, i: int) -> list[str]:
    """[" @key"] of the name a percentage at token `i` is given to, a poll's or a vote's: "the
    Unity Party on 24 percent", "put Doe's party at just 21%", "Doe won 38.2%"; [] if none."""
    between: set[str] = set()
    for k in clause_tokens(text, toks, i, -1, _SHARE_REACH):
        if holds_name(toks[k][1]):
            return [" " + toks[k][1][0]] if between <= _GIVEN_A_SHARE or between & _POLLED else []
        between.add(fold(toks[k][0].text))
        if not between <= _POLLED_AT:
            break
    return []


def _homes_cut_off(text: str, stem_: str, start: int, end: int) -> str:
    """"household" for homes or households counted as cut off from power or water ("cutting
    electricity to 40,000 households", "leaving 60,000 homes without power"), which news says
    either way; "" otherwise: "destroyed 40 homes" counts houses. `start` and `end`: where the
    count and its word are."""
    return _HOUSEHOLD if stem_ in _HOMES and (_CUT_OFF_BEFORE.search(text, max(0, start - _CUT_OFF_REACH), start)
                                              or _CUT_OFF_AFTER.match(text, end)) else ""


# A span of time told in hours, days or weeks is one slot, in hours: "within five days" and
# "within two weeks" differ. Months and years are terms and ages (`TERM`, `AGE`), but for months
# in office (`TENURE`).
SPAN = "time span"
_MINUTE = 1 / 60
_SPAN_HOURS = {stem("minute"): _MINUTE, stem("hour"): 1, stem("day"): 24, stem("week"): 24 * 7}
# A span in office ("after 45 days in office", "14 months in power") is someone's tenure: compared
# across the corpus where two sentences name one person (`quantities._counted_alike`), whatever
# else they tell, and as a span in matching sentences ("after just 44 days"). Not the "first 100
# days in office" of a programme, nor a predecessor's or successor's.
TENURE = "time in office"
_TENURE_HOURS = {**_SPAN_HOURS, stem("month"): 24 * 365.25 / 12}
_IN_OFFICE = re.compile(r"\s+(?:in\s+(?:office|power|the\s+job|post)|at\s+the\s+helm)\b", re.I)
_NOT_A_TENURE = re.compile(r"\b(?:first|(?:predecessor|successor)s?\b.*)\s+$", re.I)
_NOT_A_TENURE_REACH = 40  # how many characters before the span "first" or a predecessor may stand
# A fraction of one of these is a length of time, no share: "a quarter of a century" (not "a third
# of the year's harvest").
_OF_A_LENGTH_OF_TIME = re.compile(r"\s+of\s+(?:an?\s+|the\s+)?(?:minute|hour|day|week|month|year|decade|century)s?"
                                  r"\b(?!['’])", re.I)


_POPULATION = "population"
# A place's people, counted after the place: "a village of about 900 people", "a town of 12,000 residents".
_POPULATION_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(SETTLEMENTS))})\s+of\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|just|only|over|under|more than|fewer than|less than)\s+)?$", re.I)
_POPULATION_REACH = 60  # how many characters before a count its place is read in


def _voted_which_way(toks: TokenFeatures, j: int) -> str:
    """For a count of those who "voted" (token `j`, or its people before it), which way, as a key
    suffix: "61 voted against the treaty", "63 voted to reject it" and "81 MPs voted to pass it"
    count two sides of a vote, and neither is the count of those who must sign a petition; those
    who abstained ("Five MPs abstained", "seven abstained") no side of it."""
    word = fold(toks[j][0].text)
    after = [fold(tok.text) for tok, _ in toks[j + 1:j + 3]]
    if word == "abstained" or after[:1] == ["abstained"]:
        return "/abstained"
    if word != "voted":
        return _voted_which_way(toks, j + 1) if after[:1] == ["voted"] else ""
    if after[:1] == ["against"] or (after[:1] == ["to"] and after[1:] and after[1] in _VOTED_DOWN):
        return "/against"
    return "/for" if after[:1] in (["for"], ["to"]) or after == ["in", "favour"] or after == ["in", "favor"] else ""


# The words of charges, and what follows them to say which: "two counts of murder", "three charges of
# fraud" are some of the counts someone faced ("guilty on all four counts"), not all of them.
_CHARGES = frozenset({"count", "counts", "charge", "charges"})
_CHARGED_WITH = re.compile(r"\s+of\s+((?:[^\W\d_][\w-]*\s+){0,2}[^\W\d_][\w-]*)")


def _charge(text: str, end: int) -> str:
    """The stem of the charge the words after a count of charges ending at `end` name, by its last
    word before any stopword: "of aggravated assault against a minor" (assault), "of wire fraud"
    (fraud), "of third-degree murder" (murder); "" for none ("of the indictment")."""
    m = _CHARGED_WITH.match(text, end)
    words = m.group(1).split() if m else []
    named = list(takewhile(lambda w: fold(w) not in STOPWORDS, words))
    return stem(named[-1]) if named else ""


# Words before voters that say which side of the house they sit on: "two coalition deputies voted against"
# are some of those who did (not "59 sitting deputies", "59 Varnian lawmakers": all of them).
_SIDES = frozenset("opposition coalition government ruling rebel dissident independent backbench".split())
_VOTED_ALONE = frozenset({"voted", "abstained"})  # "61 voted against": the count's word is the vote's
_VOTERS_UNNAMED = stem(PARLIAMENTARIANS.split()[0])  # whom "61 voted against" counts: deputies
_VOTED_DOWN = frozenset("reject oppose block scrap overturn veto defeat sink".split())  # "voted to reject it"


def _one_for_another(stem_: str) -> str:
    """The stem a count of this word is keyed by (`_COUNTED_AS`)."""
    return _COUNTED_AS.get(stem_, stem_)


def _whole_of_part(text: str, toks: TokenFeatures, j: int) -> int | None:
    """The whole, in figures or words, a part before "of" (or "out of") at token `j` is of: "34 of
    the 60 seats", "11 of its 14 drones", "35 out of 150 seats" -> the token of 60, of 14, of 150.
    None without a figure ("one of the victims", "seven of its deputies")."""
    if j + 1 < len(toks) and fold(toks[j][0].text) == "out" and fold(toks[j + 1][0].text) == "of":
        j += 1  # "35 out of 150 seats"
    if not (j < len(toks) and fold(toks[j][0].text) == "of"):
        return None
    k = j + 1 + (j + 1 < len(toks) and fold(toks[j + 1][0].text) in DETERMINERS)
    return k if k < len(toks) and holds_number(toks[k][1]) and not gap(text, toks, k - 1) else None


def _named_before(text: str, toks: TokenFeatures, i: int) -> str:
    """" " and the key of the nearest name before token `i` in its clause, the subject of a part
    ("the Unity Party won 34 of the 60 seats"), or ""."""
    name = next((k for k in clause_tokens(text, toks, i, -1, CLAUSE_REACH) if holds_name(toks[k][1])), None)
    return f" {toks[name][1][0]}" if name is not None else ""


def _is_a_whole(toks: TokenFeatures, i: int) -> bool:
    """Number `i` is the whole a part is of ("two of the 300 passengers"): what befell the part
    ("were injured") did not befall it."""
    k = i - 1 - (i >= 1 and fold(toks[i - 1][0].text) in DETERMINERS)
    if k < 1 or fold(toks[k][0].text) != "of":
        return False
    k -= fold(toks[k - 1][0].text) == "out"  # "35 out of 150 seats"
    return k >= 1 and holds_number(toks[k - 1][1])


def _act_of_part(text: str, toks: TokenFeatures, i: int, j: int) -> str:
    """What a part counted at number `i` (its noun at token `j`) did or was: the word right before
    the number and the words loosening it ("won 34 of the 60 seats", "won at least 34"), or the
    first after the noun ("two of the five hostages were freed", "one of the 12 victims was a
    child")."""
    first, start = i, loosened_from(text, toks[i][0].start)  # "won at least 34": before "at least"
    while first and toks[first - 1][0].start >= start:
        first -= 1
    before = next(_content_words(text, toks, first, -1, 2), None)
    after = next(_content_words(text, toks, j, 1, CLAUSE_REACH), None)
    act = before if before is not None else after
    return toks[act][1][0] if act is not None else ""


def _placed(text: str, toks: TokenFeatures, j: int) -> str:
    """Where the clause of the thing counted at token `j` says they are: the stem of the first
    word after a preposition of place a few words on, only "be" or a verb of _BEING before it
    ("six people could be in the river", "eight people fell into the river": river; not "900
    pupils attend classes in the school"); "" when it names no place in a word (a name, a date,
    nothing)."""
    words = list(clause_tokens(text, toks, j, 1, _PLACE_REACH))
    for n, k in enumerate(words):
        word = fold(toks[k][0].text)
        if word in _PLACE_PREPOSITIONS:
            after = next((m for m in words[n + 1:] if toks[m][1]), None)  # past "the"
            if after is not None and holds_word(toks[after][1]) and not _is_date_word(toks[after][0].text):
                return toks[after][1][0]
            return ""
        if toks[k][1] and word not in _BEING:
            return ""
    return ""


def _period(text: str, end: int) -> str:
    """The period of a rate after the thing counted ("a year", "per day", "daily"), as a key
    suffix: a count a day and a count a year are two slots."""
    m = _PERIOD.match(text, end)
    return f"/{m.group(1) or m.group(2)}" if m else ""


def _fate(text: str, toks: TokenFeatures, i: int, fates: dict[str, str] = FATES) -> str:
    """What befell those count `i` counts, as a key suffix: the nearest word of `fates` (FATES
    for people, THING_FATES for things) in its clause, before or after it ("killing 12 people",
    "30 were injured", "fifty people in the stadium were hurt"); not before "and", where it
    befell the count before ("12 perished and nine received wounds"), nor past "and" and another
    count, where it befell that one ("launched 32 drones and 19 were shot down")."""
    back = takewhile(lambda j: fold(toks[j][0].text) not in _AND, _content_reach(text, toks, i, -1, _FATE_REACH))
    ahead = takewhile(lambda j: not _and_another_count(toks, j), _content_reach(text, toks, i, 1, _FATE_REACH))
    fate = _nearest_fate(text, toks, (j for pair in zip_longest(back, ahead) for j in pair if j is not None), fates)
    if fate:
        return fate
    resumed = _past_inclusion(text, toks, i)  # "39 people, including four children, were killed"
    if resumed is None:
        return _fate_included(text, toks, i) if fates is FATES else ""
    return _nearest_fate(text, toks, chain((resumed,), _content_reach(text, toks, resumed, 1, _FATE_REACH - 1)), fates)


def _nearest_fate(text: str, toks: TokenFeatures, near: Iterable[int], fates: dict[str, str]) -> str:
    """The fate the first word of `near` (tokens, nearest first; at one distance, the word
    before first) that tells one says, as a key suffix; "" if none does."""
    for j in near:
        word = fold(toks[j][0].text)
        fate = fates.get(word)
        after = fold(toks[j + 1][0].text) if j + 1 < len(toks) else ""
        if (fate and not _aimed(toks, j) and after not in _PHRASAL.get(word, ())
                and after in _WITH_PARTICLE.get(word, {after})):
            return f"/{fate}"
        if fates is FATES and word in _TAKING and _TAKEN_IN.match(text, toks[j][0].end):
            return "/held"
    return ""


def _past_inclusion(text: str, toks: TokenFeatures, i: int) -> int | None:
    """The first token after a part of count `i` set off by commas right after its clause
    ("39 people, including four children, were killed"), where the count's clause goes on."""
    clause = list(clause_tokens(text, toks, i, 1, CLAUSE_REACH))
    opening = (clause[-1] if clause else i) + 1
    if opening >= len(toks) or text[toks[opening - 1][0].end:toks[opening][0].start].strip() != "," or fold(
            toks[opening][0].text) not in _INCLUSIONS:
        return None
    part = list(clause_tokens(text, toks, opening, 1, _INCLUSION_WORDS))
    after = (part[-1] if part else opening) + 1
    closes = after < len(toks) and text[toks[after - 1][0].end:toks[after][0].start].strip() == ","
    # the count's own verb goes on there: "were killed", "died"; not "and was hit by a shell that killed"
    return after if closes and (fold(toks[after][0].text) in BE | HAVE or fold(toks[after][0].text) in FATES) else None


def _and_another_count(toks: TokenFeatures, j: int) -> bool:
    """Whether "and" at token `j` opens a clause of another count: "and 19 were shot down" (not
    "11 inmates and two guards dead", whose fate is both counts')."""
    return (fold(toks[j][0].text) in _AND and j + 2 < len(toks) and holds_number(toks[j + 1][1])
            and fold(toks[j + 2][0].text) in BE | HAVE)


def _thing_fate(text: str, toks: TokenFeatures, i: int, word: str, stem_: str) -> str:
    """What befell the things count `i` counts (THING_FATES), when it counts things, not people."""
    people = word in _PEOPLE_WORDS or word in FATES or _one_for_another(stem_) in _PEOPLE_STEMS
    return "" if people else _fate(text, toks, i, THING_FATES)


def _aimed(toks: TokenFeatures, j: int) -> bool:
    """Whether the word of FATES at token `j` is what someone meant to do, not what befell
    anyone: "threatened to kill one of the hostages", "sentenced to death" (not "stabbed to
    death", "went on to kill three more")."""
    return j > 1 and fold(toks[j - 1][0].text) == "to" and stem(present_of(fold(toks[j - 2][0].text))) in _AIMING


# Verbs after which "to" and a word of FATES say what someone meant or was sentenced to
_AIMING = frozenset(stem(w) for w in "threaten vow plan want try seek attempt intend sentence order promise".split())


def _fate_included(text: str, toks: TokenFeatures, i: int) -> str:
    """What befell a count `i` that "including" adds to the toll right before it, across the
    comma: "the death toll rose to 17, including four children", "the number of people killed
    has risen to 17, including four children", "39 people, including four children, were
    killed" count children killed; not "mourners, including four ministers," in a sentence that
    tells a toll elsewhere."""
    toll = next((k for k in (i - 2, i - 3) if k >= 0 and holds_number(toks[k][1])), None)
    if not (i and fold(toks[i - 1][0].text) == "including" and toll is not None and gap(text, toks, i - 2) == ","):
        return ""
    for j in range(toll - 1, -1, -1):
        word = fold(toks[j][0].text)
        if word == "toll" or word in FATES:
            return f"/{FATES.get(word, 'dead')}"  # a toll counts the dead
    return _fate(text, toks, toll)  # told after the part: "39 people, including four children, were killed"


def _content_reach(text: str, toks: TokenFeatures, k: int, step: int, reach: int) -> Iterator[int]:
    """The tokens of token `k`'s clause one way, nearest first, up to the `reach`-th content
    word: "were", "the" and "still" do not put a word further from a number."""
    for j in clause_tokens(text, toks, k, step, CLAUSE_REACH):
        yield j
        reach -= bool(toks[j][1])
        if not reach:
            return


def _nobody_else(text: str, toks: TokenFeatures, j: int) -> bool:
    """Whether the people counted by word `j` are all its sentence says the fate befell: "four
    workers were killed", "killing four workers and injuring 11", not "four workers and a guard"."""
    k = j + 1
    if k >= len(toks) or PUNCTUATION.search(text, toks[j][0].end, toks[k][0].start):
        return True
    word = fold(toks[k][0].text)
    if word in _AND:
        return k + 1 < len(toks) and fold(toks[k + 1][0].text) in FATES  # "and injuring 11"
    return word not in _BESIDES


def _after_the_act(text: str) -> bool:
    """Whether the sentence opens on the time after the story's act and then tells of a new one."""
    opening = _AFTER_THE_ACT.match(text)
    return opening is not None and _A_NEW_ACT.search(text, opening.end()) is not None


def _occasion(text: str, toks: TokenFeatures, i: int) -> Occasion:
    """The occasion count `i` tells of: the days of its clause from the speech verb before it on
    ("police on Tuesday said 12 were killed" dates the report; so, after a comma, does
    "officials said on Friday"), and the words of its clause, or those opening its sentence,
    that set its act apart or make it a running total ("the deadliest since last year" set off
    by commas does not)."""
    before = list(clause_tokens(text, toks, i, -1, CLAUSE_REACH))
    after = list(clause_tokens(text, toks, i, 1, CLAUSE_REACH))
    said = next((n for n, j in enumerate(before) if fold(toks[j][0].text) in SPEECH_VERBS), len(before))
    dated = [toks[j][0].text for j in sorted({i, *before[:said], *after})]
    clause = [fold(toks[j][0].text) for j in sorted({i, *before, *after})]
    opening = tuple(fold(tok.text) for tok, _ in toks[:2])  # "Elsewhere, …", "Since the war began, …"
    apart = _added(text, toks, i) or _befalls_more_then(text, toks, i) or opening[0] in _APART \
        or opening in _FIRST_REPORTS or opening in _PART_OF_THOSE or _after_the_act(text) or any(
        w in _APART or (w == "last" and then in _LAST) or (w in _ONE_OF_SEVERAL and then in _ACTS)
        or (w, then) in _FIRST_REPORTS or w in _SUPERSEDED or (w, then) == _AT_FIRST
        for w, then in zip(clause, clause[1:]))
    total = opening[0] == "since" or opening in _TOTAL or "since" in clause or any(
        pair in _TOTAL for pair in zip(clause, clause[1:]))
    running = total or opening in _ANOTHER_TIME or any(
        pair in _ANOTHER_TIME for pair in zip(clause, clause[1:])) or any(
        holds_year(toks[j][1]) for j in (*before, *after)) or _of_a_year(toks, before) or _year_aside(text, toks) < i
    # "In March, robbers seized …": a sentence dated by a month before anything else in it tells
    # of another occasion than one that is not (the story's own is told by its day: "on Tuesday")
    month = opening[1] if opening[0] == "in" and opening[1:] and opening[1] in MONTHS else ""
    return Occasion(frozenset(_date_value(w) for w in dated if _is_date_word(w)), apart, running, month, total)


@_once_a_sentence
def _year_aside(text: str, toks: TokenFeatures) -> int:
    """The first token of a year set off by commas after "in" ("The last attack, in 2011, killed
    four"), or the number of tokens when there is none."""
    return next((j for j in range(2, len(toks)) if fold(toks[j - 1][0].text) == "in" and holds_year(toks[j][1])
                 and gap(text, toks, j - 2) == gap(text, toks, j) == ","), len(toks))


def _befalls_more_then(text: str, toks: TokenFeatures, i: int) -> bool:
    """Whether the sentence tells again, after count `i`, what befell those it counts, of someone
    else: "shot two people at the bar, then shot a man outside" counts two of the three shot, no
    toll of them all."""
    last_fate, last_of = _told_then(text)
    return last_fate > i or (i > 0 and last_of.get(fold(toks[i - 1][0].text), -1) > i)


@lru_cache(maxsize=1)  # a sentence's counts are read one after another
def _told_then(text: str) -> tuple[int, dict[str, int]]:
    """Where a sentence's tokens last tell a fate right after "then", and each word's last place
    right after "then": read once a sentence, not once a count (a line may be megabytes)."""
    words = [fold(tok.text) for tok in tokens(text)]
    last_fate, last_of = -1, {}
    for k in range(1, len(words)):
        if words[k - 1] == "then":
            last_of[words[k]] = k
            if words[k] in FATES:
                last_fate = k
    return last_fate, last_of


def _added(text: str, toks: TokenFeatures, i: int) -> bool:
    """Whether count `i` counts those added to a figure another sentence gives: "three more",
    "another 12", "a further five"; not to a count before it in its own sentence, which it
    stands beside ("killed three and injured another 12" counts the injured)."""
    added = (i + 1 < len(toks) and fold(toks[i + 1][0].text) in _ADDED_AFTER) or (
        i > 0 and fold(toks[i - 1][0].text) in _ADDED_BEFORE)
    return added and _first_count(text, toks) >= i


@_once_a_sentence
def _first_count(text: str, toks: TokenFeatures) -> int:
    """The first token of the sentence that is a number, not a day of a month (which counts
    nobody); the number of tokens when there is none."""
    return next((k for k, (_, feats) in enumerate(toks)
                 if holds_number(feats) and not (k and fold(toks[k - 1][0].text) in MONTHS)), len(toks))


def _of_a_year(toks: TokenFeatures, before: list[int]) -> bool:
    """Whether the clause a count stands in tells of a year named right before it: "the worst
    riot since 2019, when three inmates died"."""
    first = before[-1] if before else 0
    return first > 0 and fold(toks[first][0].text) == "when" and holds_year(toks[first - 1][1])


def counts_everyone(key: str) -> bool:
    """Whether a count's key counts people whatever they are called ("individu/held")."""
    return key.partition("/")[0] == PEOPLE


def counts_anyone(key: str) -> bool:
    """Whether a count's key counts people by a word that says nothing of who they are ("men",
    "suspects", "people"), not "officers"."""
    return key.partition("/")[0] in _ANYONE


# The keys of words for people that say nothing of who they are ("a man" is keyed as "men").
_ANYONE = frozenset(stem(w) for w in "men women people suspects".split())


def counts_people(key: str) -> bool:
    """Whether a count's key counts people ("suspect/held", "individu"), not things ("countri")."""
    return key.partition("/")[0] in _PEOPLE_STEMS


def fate_of(key: str) -> str:
    """What befell those a count's key counts ("people/dead" -> "dead"), or "" when it does not say."""
    fate = key.rpartition("/")[2]
    return fate if fate in _FATE_NAMES else ""


def _loosened_start(text: str, start: int, loosener: str | None) -> int:
    """Where a count starts, with the words before it that loosen it: "At least 12 people", so
    that its side says what the figure is."""
    return loosened_from(text, start) if loosener else start


def _loosener(text: str, start: int, end: int) -> str | None:
    """What loosens the figure written from `start` to `end`: a word before it ("as many as
    seven") or "or more" after it."""
    after = _LOOSENER_AFTER.match(text, end)
    return _LOOSENERS_AFTER[after.group(1).lower()] if after else loosener_before(text, start)


def _tallies(text: str, toks: TokenFeatures, i: int) -> list[Slot]:
    """A tally (`_tally`), one slot for each word before it (within _TALLY_REACH, across a comma)
    and the first after it, so that two sentences telling one vote in other words meet on one
    ("approved the reform by 230 votes to 195" / "the reform passed with 226 votes in favour"),
    and a tally of another vote is not the bill's ("after an amendment fell by 240 votes to 180,
    the bill passed")."""
    found = _tally(text, toks, i)
    if found is None:
        return []
    slot, last = found
    before = (j for j in range(i - 1, max(-1, i - 1 - _TALLY_REACH), -1) if holds_word(toks[j][1]))
    acts = [*before, *list(_content_words(text, toks, last, 1))[:1]]
    # "votes" inside the tally names the vote as "a 6-3 vote" does after it: "by seven votes to two"
    acts += [k for k in range(i + 1, last) if fold(toks[k][0].text) in _VOTES]
    keys = [f"{TALLY} {toks[a][1][0]}" for a in acts] or [TALLY]
    # The losing side's number the same and the winning side's not: one vote, told with another
    # count (TALLY_SMALLER), whatever words stand around it.
    keys.append(TALLY_SMALLER + slot.value.split("-")[1])
    return [Slot(key, slot.value, slot.start, slot.end, slot.subject) for key in keys]


def _tally(text: str, toks: TokenFeatures, i: int) -> tuple[Slot, int] | None:
    """A vote's or a ruling's tally ("passed 52-48", "ruled 5 to 4", "by 212 votes to 188", "by 7
    votes against 4", "a 6–3 decision"): two whole numbers, the first not the smaller, joined by
    a dash, by "to" (not "from 5 to 4", a fall) or near "votes" by "against". A dash between a
    smaller and a larger number is a range ("10-12 people")."""
    if i + 1 >= len(toks):
        return None
    split = _FOR_AND_AGAINST.match(text, toks[i][0].start) or (
        any(fold(toks[j][0].text) == "for" for j in range(max(0, i - _FOR_REACH), i))
        and _FOR_BEFORE_AGAINST.match(text, toks[i][0].start))
    if split:  # "226 votes in favour and 199 against": the larger first, as "to" gives them
        low, high = sorted(map(int, split.group(1, 2)))
        last = next(k for k in range(i, len(toks)) if toks[k][0].end >= split.end())
        return Slot(TALLY, f"{high}-{low}", toks[i][0].start, split.end(), "tally"), last
    votes = fold(toks[i + 1][0].text) in _VOTES
    to = i + 2 if votes else i + 1  # "212 votes to 188"
    votes = votes or (i > 0 and fold(toks[i - 1][0].text) in _VOTES)  # a translation's "with votes 121 against 34"
    if to < len(toks) and (fold(toks[to][0].text) == "to" or (votes and fold(toks[to][0].text) == "against")):
        if to + 1 >= len(toks) or (i and fold(toks[i - 1][0].text) == "from"):
            return None
        j = to + 1
    elif text[toks[i][0].end:toks[i + 1][0].start] in _DASHES:
        j = i + 1
    else:
        return None
    # "by seven votes to two": beside "votes", numbers in words too, the second ending its phrase (not
    # "lost seven votes to two smaller parties", "three votes to one side")
    whole = _whole_or_worded if votes and _phrase_ends(text, toks, j) else _whole
    first, second = whole(toks[i][0].text), whole(toks[j][0].text)
    if first is None or second is None or first < second or _unit_after(toks, j) or _in_a_fraction(text, toks, j):
        return None  # "5-1/2" is five and a half
    return Slot(TALLY, f"{first}-{second}", toks[i][0].start, toks[j][0].end, "tally"), j


def _phrase_ends(text: str, toks: TokenFeatures, j: int) -> bool:
    """Whether token `j` ends its phrase: its clause's or the sentence's end, or a preposition or
    "that" after it ("seven votes to two that the law breached…")."""
    return j + 1 == len(toks) or bool(gap(text, toks, j)) or fold(toks[j + 1][0].text) in _PHRASE_AFTER


_PHRASE_AFTER = frozenset({"that", "on", "in", "at", "with", "against", "after", "before", "and", "but"})


def _whole_or_worded(word: str) -> int | None:
    """A whole number in plain figures or in a word ("seven")."""
    value = number_value(word) if word.isalpha() else None
    return _whole(word) if value is None or value != int(value) else int(value)


def _unit_after(toks: TokenFeatures, j: int) -> bool:
    """A unit right after token `j` (_NO_VOTES, a scale, a unit of a measure): "5 percent"."""
    word = fold(toks[j + 1][0].text) if j + 1 < len(toks) else ""
    return word in _NO_VOTES or word in SCALES or is_unit(word)


def _whole(word: str) -> int | None:
    """The value of a whole number written in plain figures (_WHOLE), else None."""
    return int(word) if _WHOLE.fullmatch(word) else None


def _term(text: str, toks: TokenFeatures, i: int) -> Slot | None:
    """A term, in months: "jailed Jane Doe for 10 years", "sentenced to 18 months", "a 12-year
    sentence", "a two-year prison term", "eight years in prison"; a number of years or months
    with a word of _TERM_WORDS near it in its clause."""
    counted = _counted(text, toks, i)
    if counted is None or counted[1] not in _TERM_MONTHS:
        return None
    value, unit, last = counted
    if not (_term_word_near(text, toks, i, -1) or _term_word_near(text, toks, last, 1)):
        return None
    ungiven = _ungiven(text, toks, i, last)
    months = value * _TERM_MONTHS[unit]
    return Slot(TERM + ungiven, f"#{months:g}", toks[i][0].start, toks[last][0].end, "term" + ungiven,
                _loosener(text, toks[i][0].start, toks[i][0].end))


def _with_whose(text: str, toks: TokenFeatures, names: SentenceNames, i: int, term: Slot) -> Iterator[Slot]:
    """A term, and the same term as the named person's (`NAMED_TERM`) when the sentence says
    whose it is: "Jane Doe, 63, was jailed for four years", "Doe got four years", "the court
    jailed Jane Doe for four years"; not the judge's in "Judge Ann Roe sentenced him to …"."""
    yield term
    whose = _sentenced(text, toks, names, i)
    if whose:
        yield replace(term, key=f"{NAMED_TERM}{whose[0][1:]}", subject=f"{whose[1]}’s term")


def _sentenced(text: str, toks: TokenFeatures, names: SentenceNames, i: int) -> tuple[str, str] | None:
    """(key, name) of the person the sentence gives the term at number `i` to: the subject of a
    passive or of "got"/"received", or the object of "jailed"/"sentenced", a few words before
    the number."""
    before = list(clause_tokens(text, toks, i, -1, _TERM_REACH + 2))
    verb = next((j for j in before if fold(toks[j][0].text) in _SENTENCING), None)
    if verb is None:
        return None
    word = fold(toks[verb][0].text)
    auxiliary = _passive_before(toks, verb)
    if word in _GIVEN_TO_SUBJECT or auxiliary is not None:
        k = verb - 1 if word in _GIVEN_TO_SUBJECT else auxiliary - 1  # past "was"
        if k >= 2 and holds_number(toks[k][1]) and gap(text, toks, k - 1) == gap(text, toks, k) == ",":
            k -= 1  # ", 63,"
        run = names.by_last.get(k)
    else:
        run = described_object(text, toks, names, verb)
    return _named(text, toks, run) if run else None


def described_object(text: str, toks: TokenFeatures, names: SentenceNames, verb: int) -> _NameRun | None:
    """The name the verb at token `verb` acts on, right after it or past a title or a description
    of _DESCRIBED words at most: "jailed (the builder / former mayor) Jane Doe"; None when another
    name, a capitalised word that is no title, a preposition ("the brother of Jane Doe"), a verb
    or a relative word ("the lawyer representing Jane Doe", "gunmen who shot Jane Doe"), a count,
    a possessive or punctuation stands before it, or after a capitalised verb, a name's own word
    ("Held Street")."""
    if toks[verb][0].text[:1].isupper():
        return None
    for k in range(verb + 1, min(verb + 1 + _DESCRIBED, len(toks))):
        if k in names.by_first:
            return names.by_first[k]
        word, low = toks[k][0].text, fold(toks[k][0].text)
        if (word[:1].isupper() and not is_title(low)) or low in PREPOSITIONS | RELATIVES or low.endswith("ing") \
                or (past_tense(low) and low not in UNDISTINGUISHING) or number_value(low) is not None \
                or word.endswith(POSSESSIVE_ENDINGS) \
                or gap(text, toks, k):
            return None  # "the lawyer representing", "gunmen who shot", "two journalists": no description
    return None


def _passive_before(toks: TokenFeatures, verb: int) -> int | None:
    """The token of "was" that makes the verb at `verb` passive: right before it, or before a
    verb it is joined to ("X was found guilty of fraud and sentenced to …")."""
    if verb and fold(toks[verb - 1][0].text) in _PASSIVE:
        return verb - 1
    if verb and fold(toks[verb - 1][0].text) == "and":
        return next((k for k in range(verb - 2, max(-1, verb - 2 - _JOINED_REACH), -1)
                     if fold(toks[k][0].text) in _PASSIVE), None)
    return None


def _counted(text: str, toks: TokenFeatures, i: int) -> tuple[float, str, int] | None:
    """(value, unit word, index of the unit's token) of a number and the word after it ("10
    years", "12-year", past a half: "five and a half years", "5-1/2 years") or of a number word
    joined to it ("two-year", "three-day", "five-and-a-half-year")."""
    compound = _compound(toks[i][0].text)
    if compound:
        return (*compound, i)
    value = number_value(toks[i][0].text)
    if value is None:
        return None
    half = _half_after(text, toks, i)
    last = i if half is None else half
    if last + 1 >= len(toks):
        return None
    return value + (half is not None) / 2, fold(toks[last + 1][0].text), last + 1


def _compound(word: str) -> tuple[float, str] | None:
    """(value, unit) of a number word joined to what it counts: "three-day" -> (3, "day")."""
    head, _, unit = word.rpartition("-")
    value = number_value(head) if head and unit.isalpha() else None
    return (value, fold(unit)) if value is not None and number_value(word) is None else None


def _ungiven(text: str, toks: TokenFeatures, i: int, last: int) -> str:
    """What makes a term (tokens `i` to `last`) one someone faces or asks for, not one given, as
    its slot's suffix (_UNGIVEN_TERMS): a word of _UNGIVEN_TERMS before it in its clause ("faces 20
    years in prison if convicted", "prosecutors sought a 12-year sentence"); or the least or most
    the law sets, that a term given is compared with ("less than the minimum term of 15 years",
    "below the 15-year minimum"; not "a minimum term of 20 years", which a court gives), the most
    a conviction may bring as "maximum" is. "" for a term given."""
    before = [fold(toks[j][0].text) for j in clause_tokens(text, toks, i, -1, CLAUSE_REACH)]
    asked = next((_UNGIVEN_TERMS[w] for w in before if w in _UNGIVEN_TERMS), "")
    after = fold(toks[last + 1][0].text) if last + 1 < len(toks) else ""
    if not asked and _COMPARED & set(before) and {"minimum", "maximum"} & {*before, after}:
        return _UNGIVEN_TERMS["maximum"]
    return asked


def _term_word_near(text: str, toks: TokenFeatures, k: int, step: int) -> bool:
    """A word of a prison term within _TERM_REACH words from token `k` one way, names not
    counted ("jailed former mayor Jane Doe for"), and no other number between: in "served
    seven years of a 10-year sentence" the sentence is the ten years'."""
    words = 0
    for j in clause_tokens(text, toks, k, step, len(toks)):
        feats = toks[j][1]
        if words == _TERM_REACH or (feats and is_quantity(feats[0])):
            return False
        if fold(toks[j][0].text) in _TERM_WORDS:
            return True
        words += not holds_name(feats)
    return False


# "One" that steps through a series counts nothing: "moved from one pharmacy to the next", "one
# after another", "one by one"; nor one that another follows in its sentence, the first of a
# count told one by one, another of the same fate: "One man was killed at the scene and another died
# later in hospital" (not "one was arrested and another remains at large", "one killed and another 12 hurt").
_ONE_IN_A_SERIES = re.compile(r"(?<=from )one\s+[\w-]+\s+to\s+(?:the\s+next|another)\b"
                              r"|one\s+(?:[\w-]+\s+)?after\s+another\b(?!\s+[a-z])|one\s+by\s+one\b"
                              r"|one\b(?=[^.]*\b(?:and|while|but)\s+(?:another|a\s+second)\b(?!\s+\d)[^.]*"
                              r"\b(?:died|killed|dead|succumbed|arrested|detained)\b)", re.I)


def _multiple(toks: TokenFeatures, i: int) -> bool:
    """The number is a multiple of unknown size: a translation's "several ten thousand people"
    (tens of thousands), "many hundred" (hundreds)."""
    return i > 0 and fold(toks[i - 1][0].text) in _SOME_OF


_SOME_OF = frozenset({"several", "many"})


def _superseded(toks: TokenFeatures, i: int) -> bool:
    """The number is the figure a change started from: "the toll rose from seven to 19" gives 19."""
    return i >= 2 and fold(toks[i - 1][0].text) == "from" and any(
        fold(toks[j][0].text) in _CHANGED for j in range(max(0, i - 1 - _FROM_REACH), i - 1))


def _ends_range(text: str, toks: TokenFeatures, i: int) -> bool:
    """The number closes a range glued to the one before it: "10-12", the "2008-09 season"."""
    if i == 0 or text[toks[i - 1][0].end:toks[i][0].start] not in _DASHES:
        return False
    before = toks[i - 1][1]
    return bool(before) and before[0][0] in "#^"


YEARS_OLD = {"year-old", "years-old"}
NAMED_AGE = AGE + "@"  # the start of the key of a named person's age: "age @doe"
# What a sentence giving an age has somewhere ("Doe, 54,", "Doe, 54 years,", "Doe, who is 54,", "named as Jane
# Doe, 54.", "54-year-old", "aged 54"): most sentences have none, and are not read for ages
# across the corpus.
_AGE_HINT = re.compile(r"(?:,|\bwho (?:is|has))\s*\d{1,3}(?:\s+years?(?:\s+old)?)?\s*(?:[,)]|\.?$)"
                       r"|\d\s*-?\s*years?[- ]old|\baged\s+\d",
                       re.I)
_AGED_REACH = 4  # how many words from "N-year-old" the person it describes may be named


def age_between_commas(text: str, toks: TokenFeatures, low: list[str], k: int) -> bool:
    """Token `k` is an age set off by commas after a name or a noun: the "34" of "Jane Roe, 34,"."""
    return (0 < k < len(toks) - 1 and gap(text, toks, k - 1) == "," and gap(text, toks, k) == ","
            and 0 < (number_value(low[k]) or 0) <= OLDEST)


def in_an_age(low: list[str], j: int) -> bool:
    """Token `j` (of folded words) is a word of an age before a noun: the "34" or the
    "year-old" of "the 34-year-old driver"."""
    return low[j] in YEARS_OLD or (j + 1 < len(low) and low[j + 1] in YEARS_OLD and number_value(low[j]) is not None)


def may_give_a_term(text: str) -> bool:
    """Whether the sentence may give someone a term (_SENTENCING): a quick test before it is read."""
    return _TERM_HINT.search(text) is not None


def may_date(text: str) -> bool:
    """Whether the sentence may date an act (a weekday or a month): a quick test before it is read."""
    return _DATE_HINT.search(text) is not None


_DATE_HINT = re.compile(r"\b(?:" + "|".join(sorted({w.capitalize() for w in _DATE_WORDS | MONTH_ABBREVIATIONS}))
                        + r")\b")


def dated_act(key: str) -> str | None:
    """The act a date's slot dates ("when date arrest" -> "arrest"), None for any other slot."""
    return key.rpartition(" ")[2] if key.startswith(_WHEN) and "@" not in key else None


def is_named_date(key: str) -> bool:
    """Whether a slot is the date of what a named person did or underwent ("when date arrest @doe")."""
    return key.startswith(_WHEN) and " @" in key


def may_give_an_age(text: str) -> bool:
    """Whether the sentence may give someone's age (_AGE_HINT): a quick test before it is read."""
    return _AGE_HINT.search(text) is not None


def _year_then_old(text: str, toks: TokenFeatures, i: int) -> bool:
    """Number `i` starts "36-year old", which reads as "36-year-old"."""
    return (i + 2 < len(toks) and fold(toks[i + 1][0].text) in ("year", "years") and fold(toks[i + 2][0].text) == "old"
            and text[toks[i][0].end:toks[i + 1][0].start] == "-"
            and text[toks[i + 1][0].end:toks[i + 2][0].start] == " ")


def _aged_person(text: str, toks: TokenFeatures, i: int, names: SentenceNames) -> tuple[str, str] | None:
    """(key, name) of the person "N-year-old" describes: named just after it, past words of a
    role ("69-year-old teacher Ann Roe"; not "a 34-year-old man outside the Anchor bar") or
    before it in an appositive ("Ann Roe, a 69-year-old teacher"); with
    no name, the word after it ("the 34-year-old suspect")."""
    starting = (names.by_first.get(j) for j in range(i + 1, i + 2 + _AGED_REACH))
    after = next((r for r in starting if r and not PUNCTUATION.search(text, toks[i][0].end, toks[r[0]][0].start)
                  and all(holds_word(toks[j][1]) for j in range(i + 2, r[0]))), None)  # roles only between
    adjective = after if after and _peoples_adjective(text, toks, after) else None
    ending = (names.by_last.get(j) for j in range(i - 1, i - 4, -1))
    before = next((r for r in ending if r and text[toks[r[1]][0].end:toks[r[1] + 1][0].start].strip() == ","), None)
    run = (None if adjective else after) or before
    return _named(text, toks, run) if run else _head_after(text, toks, adjective[1] if adjective else i + 1)


def _peoples_adjective(text: str, toks: TokenFeatures, run: _NameRun) -> bool:
    """Whether a one-word name is a people's adjective before a noun for a person, not the
    person: "a 46-year-old Lutevian national" (not "the 46-year-old Roe told", "Roe allegedly")."""
    first, last, _ = run
    k = last + 1
    if first != last or k >= len(toks) or gap(text, toks, last) != "":
        return False
    word = toks[k][0].text  # a noun: lower-case, no verb in the past, no plural, no adverb
    return (word[:1].islower() and holds_word(toks[k][1]) and not past_tense(word) and not word.endswith("s")
            and not is_adverb(word) and word not in _NO_NOUNS)


_NO_NOUNS = frozenset("never still also now then later once again soon will would could may might must should".split())


def _named(text: str, toks: TokenFeatures, run: _NameRun) -> tuple[str, str]:
    """(key, name as written) of a name's run of tokens."""
    first, last, key = run
    return key, text[toks[first][0].start:toks[last][0].end]


def _stands_alone(text: str, toks: TokenFeatures, k: int) -> bool:
    """"N-year-old" ending at token `k` stands for a person, no noun after it: "The 54-year-old had
    led the ministry", "The 54-year-old, who …", "The 57-year-old insisted he …"."""
    return k + 1 >= len(toks) or gap(text, toks, k) != "" or not toks[k + 1][1] or _verb_at(toks, k + 1)


def _verb_at(toks: TokenFeatures, j: int) -> bool:
    """Token `j` is a verb in the past with no content word after it ("insisted he", "resigned on"),
    not a participle before its noun ("an injured man")."""
    return past_tense(toks[j][0].text) and (j + 1 >= len(toks) or not holds_word(toks[j + 1][1]))


def _head_after(text: str, toks: TokenFeatures, k: int) -> tuple[str, str] | None:
    """(stem, word) of the first word right after token `k` that is not a qualifier, the person
    an age of no name describes: "a 34-year-old former soldier" -> soldier; "a 34-year-old man
    outside the bar" -> man."""
    for j in clause_tokens(text, toks, k, 1, _AGED_REACH):
        if not holds_word(toks[j][1]) or _verb_at(toks, j):
            return None
        if fold(toks[j][0].text) not in _QUALIFIERS:
            return toks[j][1][0], toks[j][0].text
    return None


def _aged(text: str, toks: TokenFeatures, i: int, names: SentenceNames) -> tuple[str, str] | None:
    """(key, name or word) of the person before "aged N": "Jane Doe, aged 54", "a man aged 36"."""
    if i < 2 or fold(toks[i - 1][0].text) != "aged":
        return None
    p = i - 2
    if text[toks[p][0].end:toks[i - 1][0].start].strip() not in {"", ","}:
        return None
    if p in names.by_last:
        return _named(text, toks, names.by_last[p])
    return (toks[p][1][0], toks[p][0].text) if holds_word(toks[p][1]) else None


def _years_of_age(text: str, toks: TokenFeatures, i: int, names: SentenceNames) -> Slot | None:
    """The age of "Jane Doe, 54 years old," or, as translations write it, "Jane Doe, 54 years,":
    the number at token `i` and its years set off by commas after a name or a word for a person;
    and of "36-year old Jane Doe", the person it describes (`_aged_person`)."""
    last = i + 1
    if last >= len(toks) or fold(toks[last][0].text) not in ("years", "year"):
        return None
    if _year_then_old(text, toks, i):  # "36-year old Jane Doe", as the second hyphen is sometimes left out
        person = _aged_person(text, toks, i + 1, names)
        years = number_value(toks[i][0].text)
        return Slot(AGE + person[0], f"#{years:g}", toks[i][0].start, toks[i + 2][0].end,
                    f"{person[1]}’s age") if person and years is not None else None
    old = last + 1 < len(toks) and fold(toks[last + 1][0].text) == "old"
    if not old and (match_bounds(_TERM_HINT, text)[0] <= toks[i][0].start
                    or match_bounds(_JAILED, text)[1] >= toks[i][0].end):
        return None  # "sentenced the gang leader, Ivo Doe, 12 years, and his driver", "Doe, 12 years, … were jailed"
    last += old
    years = number_value(toks[i][0].text)
    age = _age_of(text, toks, i, names, last) if years is not None and years == int(years) else None
    return Slot(AGE + age[0], f"#{years:g}", toks[i][0].start, toks[last][0].end, f"{age[1]}’s age") if age else None


def _age_of(text: str, toks: TokenFeatures, i: int, names: SentenceNames, last: int | None = None
            ) -> tuple[str, str] | None:
    """(key, name or word) when number `i`, a whole number of an age, stands between commas right
    after a name or a word for a person, or closes the sentence: "Jane Doe, 54,", "the victim,
    19,", "… as Jane Doe, 54."; its words end at token `last` when there are more ("54 years old")."""
    last = i if last is None else last
    if i == 0 or last >= len(toks):
        return None
    person = _before_relative_age(text, toks, i)
    if person is None:
        if text[toks[i - 1][0].end:toks[i][0].start].strip() != ",":
            return None
        person = i - 1
    # "… as Jane Doe, 54.", but not the last of a list of figures: "Ana Vel got 21 votes, Ivo Tamm
    # 17 and Jan Roe, 12." (one figure before, unless it follows a name, makes no list: "arrested
    # three men, including Jan Roe, 29.")
    closes = last + 1 == len(toks) and text[toks[last][0].end:].strip() in ("", ".") and not _closes_a_list(
        text, toks, i)
    if not closes and (last + 1 >= len(toks) or text[toks[last][0].end:toks[last + 1][0].start].strip()[:1]
                       not in {",", ")"}):
        return None
    if person in names.by_last:
        return _named(text, toks, names.by_last[person])
    years = _whole(toks[i][0].text)
    is_age = years is not None and years <= OLDEST
    return (toks[person][1][0], toks[person][0].text) if is_age and holds_word(toks[person][1]) else None


def _closes_a_list(text: str, toks: TokenFeatures, i: int) -> bool:
    """Whether number `i`, closing its sentence, is the last of a list of figures: two figures or
    more before it, or one after a name."""
    entry = live_entry(text)  # a live page's time before it is no figure of a list
    figures = [k for k in range(i - 1) if holds_number(toks[k][1]) and toks[k][0].end > entry]
    return len(figures) > 1 or any(k and toks[k - 1][1][:1] and toks[k - 1][1][0][0] == "@" for k in figures)


_RELATIVE_AGE = frozenset({"is", "has"})  # not "who was 17," then


def _before_relative_age(text: str, toks: TokenFeatures, i: int) -> int | None:
    """The token of the person whose age number `i` gives in a relative clause: "Jane Doe, who is
    54,", a translation's "Jane Doe, who has 54 years," (not "who was 17,", an age at another time)."""
    if i < 3 or fold(toks[i - 1][0].text) not in _RELATIVE_AGE or fold(toks[i - 2][0].text) != "who":
        return None
    return i - 3 if text[toks[i - 3][0].end:toks[i - 2][0].start].strip() == "," else None


def _dates(text: str, toks: TokenFeatures, dates: list[int], days: dict[int, int]) -> Iterator[Slot]:
    """A weekday or a month dating an act. The slot is the act: the nearest word before the date
    ("struck on Tuesday"), and every verb in the past before it in its clause ("struck the old
    pier early on Tuesday", "killed eight and wounded 23 on Thursday"), so two sentences dating
    the same act meet wherever it stands; not a verb of a relative clause ("the man who
    attacked a guard was charged on Monday"): that act is dated elsewhere; and a verb right after
    the date ("a court on Tuesday sentenced"). A weekday, a month and a day of a month ("on
    March 3", "3 March") are not compared with each other: a Thursday may be in June, and
    "March 3" in March."""
    for i in dates:
        value = _date_value(toks[i][0].text)
        first, last = sorted((i, days.get(i, i)))  # the date's tokens, its day's included
        if i in days:
            scale, value = "date ", f"{value} {_DAY.match(toks[days[i]][0].text).group(1)}"
        else:
            scale = "day " if value in WEEKDAYS else "month "
        before = list(_content_words(text, toks, first, -1, CLAUSE_REACH))
        # what the date dates: the nearest word ("struck on Tuesday", "resume in Ardvik on
        # December 9": a name between does not part them), and verbs in the past
        nearest = before[0] if before and fold(toks[before[0]][0].text) not in _CLOCK and sum(
            1 for k in range(before[0] + 1, first) if not holds_name(toks[k][1])) < _UNIT_REACH else None
        verbs = [j for j in before
                 if past_tense(toks[j][0].text) and not (j and fold(toks[j - 1][0].text) in RELATIVES)]
        if (nearest is not None and verbs and verbs[0] != nearest and _ACT_NOUN.search(fold(toks[nearest][0].text))
                and not (first and fold(toks[first - 1][0].text) == "for")):
            # "accepted the resignation on Wednesday" dates the accepting, not the resigning; "set
            # an election for June 14" dates the election
            nearest = None
        acts = [j for j in before if j == nearest or j in verbs]
        if _verb_after(text, toks, last) or (_date_value(toks[last][0].text) != fold(toks[last][0].text)
                                             and last + 1 < len(toks) and holds_word(toks[last + 1][1])):
            acts.append(last + 1)  # "a court on Tuesday sentenced", "Sunday's election"
        for j in acts:  # the side runs from the act to the date, or from the date to the act after it
            start, end = min(toks[j][0].start, toks[first][0].start), max(toks[j][0].end, toks[last][0].end)
            yield Slot(_WHEN + scale + _one_for_another(toks[j][1][0]), value, start, end, "date")


# A noun that names an act ("resignation", "appointment", "arrival"): after a verb, it is what
# the verb acts on, and the date is the verb's.
_ACT_NOUN = re.compile(r"(?:tion|sion|ment|ance|ence|ival|ure)$")


def _is_date_word(word: str) -> bool:
    """A weekday or a month, capitalised ("may" the verb is not May), also possessive ("Sunday's")."""
    return word[0].isupper() and fold(strip_possessive(word)) in _DATE_WORDS


def _abbreviated_date(toks: TokenFeatures, i: int) -> bool:
    """Token `i` is a month's abbreviation with a day after it: "Feb. 26", "Sept 3" (alone, "Jan"
    is as often a given name)."""
    return (toks[i][0].text[0].isupper() and fold(toks[i][0].text) in MONTH_ABBREVIATIONS
            and i + 1 < len(toks) and _DAY.match(toks[i + 1][0].text) is not None)


def _date_value(word: str) -> str:
    """The weekday or month a date word names: "Sunday's" -> sunday, "Feb" -> february."""
    low = fold(strip_possessive(word))
    return _MONTH_OF_ABBREVIATION.get(low, low)


_MONTH_OF_ABBREVIATION = {short: next(m for m in MONTHS if m.startswith(short)) for short in MONTH_ABBREVIATIONS}


def _days_of_months(toks: TokenFeatures, dates: list[int]) -> dict[int, int]:
    """For each month (of the `dates`, the indices of weekdays and months) with a day beside it
    ("March 3", "3 March", "the 3rd of March"), the month's token index -> the day's."""
    out = {}
    for i in dates:
        if _date_value(toks[i][0].text) not in MONTHS:
            continue
        before = i - 2 if i >= 2 and fold(toks[i - 1][0].text) == "of" else i - 1
        for d in (i + 1, before):
            day = _DAY.match(toks[d][0].text) if 0 <= d < len(toks) else None
            if day and 1 <= int(day.group(1)) <= 31:
                out[i] = d
                break
    return out


def _verb_after(text: str, toks: TokenFeatures, i: int) -> bool:
    """A verb in the past right after token `i`, which it dates: "a court on Tuesday sentenced"."""
    return i + 1 < len(toks) and holds_word(toks[i + 1][1]) and past_tense(toks[i + 1][0].text) \
        and not PUNCTUATION.search(text, toks[i][0].end, toks[i + 1][0].start)
