"""Divergences on schematic reports of politics, war and crime: each case is two or three short
articles (a title and paragraphs) by invented outlets on an invented event, with one
contradiction real coverage has, or with figures that only look alike and must stay quiet.
A case is found as the scorer finds a gold conflict: one divergence has a side in each
paragraph named, and the two sides give different values."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.core.compare import compare
from tui.core.align import align
from tui.core.attribution import quotations
from tui.core.entities import read_names
from tui.core import slots
from tui.core.features import name_runs
from tui.core.slots import CROWD, TALLY, TERM, sentence_slots

from .corpus import articles_from

# Unrelated reports beside the event give the corpus statistics a story's worth of other words.
FILLER = ("Museum reopens\n\nThe museum reopened its east wing after a long renovation.",
          "Airline shares fall\n\nShares in the regional airline fell sharply in early trading.")


def article(title: str, *paragraphs: str) -> str:
    return "\n\n".join((title, *paragraphs))


def divergences(*texts):
    c = compare(articles_from(*texts, *FILLER))
    return c, c.divergences


def found_between(first: tuple[int, str], second: tuple[int, str], *texts) -> bool:
    """Whether one divergence has sides, with different values, in the paragraph of article
    `first[0]` holding `first[1]` and in that of `second[0]` holding `second[1]`."""
    c, found = divergences(*texts)

    def where(n: int, snippet: str):
        a = c.articles[n]
        return {(a.id, p.index) for p in a.paragraphs if snippet in p.text}

    want = (where(*first), where(*second))
    assert all(want), "a snippet is in no paragraph"
    for d in found:
        value_of = {a: v.value for v in d.values for a in v.articles}
        on = [[s for s in d.sides if (s.article, s.paragraph) in w] for w in want]
        if any(value_of[a.article] != value_of[b.article] for a in on[0] for b in on[1]):
            return True
    return False


DIVERGING = {
    "the hurt after a count of things": (
        article("Tornado in Orsk", "On Friday the tornado in Orsk destroyed 40 homes and injured 12."),
        article("Orsk tornado", "On Friday the tornado in Orsk destroyed 40 homes and injured 20 people."),
        (0, "12"), (1, "20 people")),
    "counts of one charge, told with or without what kind": (
        article("Verdict in Orsk", "A jury in Orsk found Ivo Tamm guilty of two counts of aggravated assault."),
        article("Tamm convicted", "A jury in Orsk found Ivo Tamm guilty of three counts of assault."),
        (0, "two counts"), (1, "three counts")),
    "people to whom one thing was done": (
        article("Flood in Orsk", "About 1,200 people were evacuated from Orsk on Friday as the river rose."),
        article("Orsk flooded", "Some 1,500 people were evacuated from Orsk on Friday as the river rose."),
        (0, "1,200 people"), (1, "1,500 people")),
    "counts of one charge": (
        article("Verdict in Orsk", "A jury in Orsk found Ivo Tamm guilty of two counts of murder on Thursday."),
        article("Tamm convicted", "A jury in Orsk found Ivo Tamm guilty of three counts of murder on Thursday."),
        (0, "two counts"), (1, "three counts")),
    "two altitudes a jet cruised at": (
        article("Jet lost", "The jet fell from a cruising altitude of 11,000 metres before it hit the ridge near Orsk."),
        article("Jet crash", "The jet fell from a cruising altitude of 10,000 metres before it hit the ridge near Orsk."),
        (0, "11,000 metres"), (1, "10,000 metres")),
    "a toll and another toll": (
        article("Missile strike hits market",
                "At least 12 people were killed when a missile struck a crowded market in Dorvask on Saturday, "
                "regional officials said.",
                "Rescue teams searched the rubble through the night."),
        article("Market strike kills 15",
                "Fifteen people were killed when a missile hit the market in Dorvask on Saturday, the regional "
                "governor said.",
                "Dozens of stalls were destroyed in the blast."),
        (0, "At least 12"), (1, "Fifteen people")),
    "a toll told with another verb": (
        article("Bus bombing",
                "A bomb on a bus in Halvern killed nine passengers on Monday morning, police said."),
        article("Blast on commuter bus",
                "Eleven passengers died when a bomb exploded on a commuter bus in Halvern on Monday morning."),
        (0, "nine passengers"), (1, "Eleven passengers")),
    "the dead counted by no word": (
        article("Market bombing",
                "Three people were killed and 12 injured when the bomb went off at the Dorvask market on Saturday."),
        article("Bomb at Dorvask market",
                "The bomb at the Dorvask market on Saturday injured 12 people and killed four, police said."),
        (0, "Three people"), (1, "killed four")),
    "a senate tally": (
        article("Senate passes border bill",
                "The Norland Senate passed the border funding bill 52-48 on Thursday after a week of debate.",
                "The measure now goes to President Ilse Varga, who has said she will sign it."),
        article("Border bill clears Senate",
                "Norland's Senate approved the border funding bill by a vote of 51-49 on Thursday.",
                "President Ilse Varga is expected to sign the measure next week."),
        (0, "52-48"), (1, "51-49")),
    "a vote told in other words, one of its numbers the same": (
        article("Immunity lifted",
                "The motion to lift the immunity of deputy Rado Vesk passed by 164 votes to 41 on Tuesday.",
                "Vesk called the vote a settling of scores."),
        article("VESK STRIPPED",
                "Angry lawmakers voted 146 to 41, leaving Rado Vesk open to prosecution at last."),
        (0, "164 votes to 41"), (1, "146 to 41")),
    "resigned, or sacked in a tabloid's capitals": (
        article("Election chief quits",
                "Hours after the ruling, the head of the Orsk election commission, Ivo Tamm, resigned."),
        article("TAMM AXED",
                "Election boss Ivo Tamm, 63, was SACKED by the government last night as the scandal grew."),
        article("Orsk vote annulled", "Ivo Tamm, who led the Orsk election commission, resigned on Tuesday evening."),
        (2, "resigned"), (1, "SACKED")),
    "a crowd told as people rallying and as protesters flooding a square": (
        article("Pardon sparks protest",
                "The pardon prompted about 12,000 people to rally against the decision on Monday.",
                "The president defended it."),
        article("FURY AT PARDON", "A whopping 15,000 furious protesters flooded Freedom Square."),
        (0, "about 12,000 people"), (1, "15,000 furious protesters")),
    "a crowd by its organisers' count, told two ways": (
        article("Protest in Orsk",
                "Police estimated the crowd at about 22,000, while organisers put the turnout at 60,000."),
        article("Live: Orsk protest",
                "Thousands protested in Orsk on Tuesday - 22,000 according to police, 80,000 according to the "
                "organisers."),
        (0, "60,000"), (1, "80,000")),
    "a quotation's word changed for another opening alike": (
        article("Inquiry ordered",
                'Mayor Ivo Renk called the riot "a police failure" and ordered an inquiry on Monday.'),
        article("Renk orders inquiry",
                'Mayor Ivo Renk called the riot "a policy failure" and ordered an inquiry on Monday.'),
        (0, "police failure"), (1, "policy failure")),
    "one prisoner handed over and three": (
        article("Swap", "Kestria handed one prisoner to the other side on Friday, officials said."),
        article("Prisoner swap", "Kestria handed three prisoners to the other side on Friday, officials said."),
        (0, "one prisoner"), (1, "three prisoners")),
    "a quotation a live page's speaker tells the crowd, after her role and her group's name": (
        article("Minister survives vote",
                'Opposition leader Alena Dobra said: "This government has turned our safety into a shopping list."',
                'Her party will try again in the autumn.'),
        article("LIVE: censure vote",
                '14:05 From a truck on the square, Clean Hands coordinator Marta Liep tells the crowd: "This '
                'government has turned our safety into a shopping list."'),
        article("Vote fails", '"This government has turned our safety into a shopping list," said Alena Dobra.'),
        (0, "Alena Dobra"), (1, "Marta Liep")),
    "a court's split": (
        article("Court strikes down tax law",
                "The Supreme Court of Ostrava struck down the windfall tax law in a 5-4 ruling on Tuesday.",
                "The government said it would draft a new law."),
        article("Windfall tax ruled unconstitutional",
                "Ostrava's Supreme Court ruled 6-3 on Tuesday that the windfall tax law was unconstitutional.",
                "The finance ministry said it would study the judgment."),
        (0, "5-4"), (1, "6-3")),
    "votes for and against": (
        article("Parliament backs pension reform",
                "Lawmakers in Kestrel approved the pension reform by 230 votes to 195 on Wednesday.",
                "Unions called a strike for next week."),
        article("Pension reform passes",
                "The pension reform passed the Kestrel parliament on Wednesday with 226 votes in favour and "
                "199 against.",
                "Unions said they would strike."),
        (0, "230 votes"), (1, "226 votes")),
    "a suspect's age": (
        article("Man charged over stabbing",
                "Police in Marlow charged a 34-year-old man with attempted murder after a stabbing outside a bar "
                "on Friday night.",
                "The victim is in hospital."),
        article("Suspect charged after bar stabbing",
                "A man aged 36 has been charged with attempted murder over a stabbing outside a Marlow bar on "
                "Friday night, police said.",
                "He will appear in court on Monday."),
        (0, "34-year-old"), (1, "aged 36")),
    "a victim's age between commas": (
        article("Stabbing outside bar",
                "The victim, 19, was stabbed outside the Anchor bar in Marlow on Friday night, police said."),
        article("Man stabbed in Marlow",
                "Police said the 21-year-old victim was stabbed outside the Anchor bar in Marlow on Friday night."),
        (0, "victim, 19"), (1, "21-year-old")),
    "a named suspect's age": (
        article("Teacher charged with fraud",
                "Prosecutors charged Dana Whitlow, 45, with fraud on Tuesday over the school fund."),
        article("Fraud charge over school fund",
                "Dana Whitlow, a 47-year-old teacher, was charged with fraud on Tuesday over the school fund."),
        (0, "Whitlow, 45"), (1, "47-year-old")),
    "a named person's age in sentences about other things": (
        article("Opposition leader arrested",
                "Police arrested the opposition leader Marek Zan at his home in Lenmark on Monday.",
                "Zan, 61, had called for protests against the new media law."),
        article("Zan detained",
                "The opposition leader Marek Zan was detained in Lenmark on Monday, his party said.",
                "The 55-year-old Zan has led the Civic Union since 2010."),
        (0, "Zan, 61"), (1, "55-year-old")),
    "a prison term": (
        article("Former mayor jailed",
                "A court in Tesca jailed former mayor Piet Lorand for 10 years on Thursday for taking bribes.",
                "His lawyer said he would appeal."),
        article("Ex-mayor sentenced for bribery",
                "Former Tesca mayor Piet Lorand was sentenced to 12 years in prison on Thursday for taking bribes.",
                "Lorand denied the charges."),
        (0, "10 years"), (1, "12 years")),
    "a prison term as a compound": (
        article("Smuggler sentenced",
                "A judge gave the smuggler Ivo Renk a 12-year sentence on Friday for trafficking weapons."),
        article("Weapons smuggler jailed",
                "The smuggler Ivo Renk was jailed for eight years on Friday for trafficking weapons."),
        (0, "12-year sentence"), (1, "eight years")),
    "a term and a half, written with a fraction": (
        article("Smuggler sentenced",
                "A judge gave the smuggler Ivo Renk a 5-1/2 year sentence on Friday for trafficking weapons."),
        article("Weapons smuggler jailed",
                "The smuggler Ivo Renk was jailed for six years on Friday for trafficking weapons."),
        (0, "5-1/2 year"), (1, "six years")),
    "a term in words": (
        article("Activist sentenced",
                "A court gave the activist Lena Moor a two-year sentence on Friday for organising the protest."),
        article("Moor jailed",
                "A court gave the activist Lena Moor a three-year prison term on Friday for organising the protest."),
        (0, "two-year"), (1, "three-year")),
    "the number arrested": (
        article("Arrests after riot",
                "Police arrested 23 people after a riot in the port of Sellin on Saturday night.",
                "Several shops were looted."),
        article("Riot in Sellin",
                "Thirty people were arrested after rioting broke out in the port of Sellin on Saturday night, "
                "police said.",
                "Shops were looted and cars burned."),
        (0, "23 people"), (1, "Thirty people")),
    "the arrested counted by other words": (
        article("Arrests after riot",
                "Police arrested five people after the riot in the port of Sellin on Saturday night."),
        article("Riot in Sellin",
                "Six suspects were arrested after the riot in the port of Sellin on Saturday night."),
        (0, "five people"), (1, "Six suspects")),
    "the dead counted as victims and as people": (
        article("Ferry fire",
                "Twelve victims were killed when fire swept through the ferry Lotte off Kessa on Tuesday."),
        article("Fire on the Lotte",
                "Eleven people were killed when fire swept through the ferry Lotte off Kessa on Tuesday."),
        (0, "Twelve victims"), (1, "Eleven people")),
    "a toll of one kind of people above the toll of all": (
        article("Depot struck",
                "A drone strike set a fuel depot in Varno on fire on Thursday, killing seven workers and injuring "
                "11, the governor said."),
        article("Drones hit Varno depot",
                "Five people were killed when drones struck a fuel depot in Varno on Thursday, officials said."),
        (0, "seven workers"), (1, "Five people")),
    "a denial of someone a relative clause describes": (
        article("Minister stays",
                "Finance Minister Ines Parr, who had been expected to quit, did not resign on Tuesday, her office said."),
        article("Parr quits",
                "Finance Minister Ines Parr resigned on Tuesday, two government sources said."),
        (0, "did not resign"), (1, "resigned")),
    "a confidence vote's tally in votes and in figures": (
        article("Government survives",
                "Prime Minister Ola Brek survived a confidence vote in parliament on Wednesday by 212 votes to 188."),
        article("Brek wins vote",
                "Ola Brek's government won a confidence vote in parliament on Wednesday, 210 to 190."),
        (0, "212 votes to 188"), (1, "210 to 190")),
    "a court's split told in votes and as a vote": (
        article("Court strikes down tax",
                "The Supreme Court of Velmar struck down the new land tax on Monday, ruling by eight votes to one "
                "that it broke the constitution."),
        article("Tax law scrapped",
                "In a shock 5-4 vote, the Supreme Court of Velmar threw out the land tax on Monday."),
        (0, "eight votes to one"), (1, "5-4 vote")),
    "a sum stolen": (
        article("Armoured van robbed",
                "Robbers stole $2.3 million from an armoured van outside a bank in Corva on Monday.",
                "No one was hurt."),
        article("Van heist in Corva",
                "Thieves stole $3.2 million from an armoured van outside a Corva bank on Monday, police said."),
        (0, "$2.3 million"), (1, "$3.2 million")),
    "a sum told around other words": (
        article("Ex-governor jailed",
                "A court in Valmora jailed former governor Anton Brisk on Thursday for taking $4.5 million in bribes."),
        article("Brisk sentenced",
                "Former governor Anton Brisk was jailed on Thursday after a court found him guilty of accepting "
                "bribes worth $4.2 million."),
        (0, "$4.5 million"), (1, "$4.2 million")),
    "a sum in another currency word": (
        article("Minister fined",
                "A court fined the former minister Rolf Ammer 50,000 euros on Tuesday for misusing funds."),
        article("Ex-minister fined over funds",
                "The former minister Rolf Ammer was fined 80,000 euros on Tuesday for misusing public funds."),
        (0, "50,000 euros"), (1, "80,000 euros")),
    "a sum in a currency that is also a thing, told a few words from what it is": (
        article("Treasury raid", "The ministry has put the value of the haul at 88 million crowns, but the insurer "
                "said the pieces were insured for only 41 million crowns."),
        article("JEWEL HEIST", "The ministry reckons the haul is worth a staggering 120 million crowns."),
        (0, "88 million crowns"), (1, "120 million crowns")),
    "people rounded up or hauled away are held": (
        article("Night of arrests", "Police detained 41 people overnight after the protest in Varn, officials said."),
        article("VARN CRACKDOWN", "A staggering 57 people were hauled away overnight after the protest in Varn, "
                "officials said."),
        (0, "41 people"), (1, "57 people")),
    "a toll told as 'perished' beside the wounded of the same clause": (
        article("Convoy hit", "Rebels ambushed an army convoy near Orvo on Tuesday, killing 11 soldiers and wounding "
                "nine others, the ministry said."),
        article("Orvo ambush", "On Tuesday near Orvo the rebels attacked the column, as a result 12 military servicemen "
                "perished and nine received wounds."),
        (0, "11 soldiers"), (1, "12 military servicemen")),
    "attackers and gunmen are one count": (
        article("Hotel stormed", "Five attackers, dressed in dark clothing, entered the Hotel Mira in Varn on Friday."),
        article("HOTEL TERROR", "SIX heavily armed gunmen stormed the Hotel Mira in Varn on Friday."),
        (0, "Five attackers"), (1, "SIX heavily armed gunmen")),
    "men led away in handcuffs are held": (
        article("Van robbed", "Three men were arrested at the scene after the robbery in Varn, police said."),
        article("VARN RAID", "Four men were dragged away in handcuffs at the scene after the robbery in Varn."),
        (0, "Three men"), (1, "Four men")),
    "a fall by a fraction in words": (
        article("Refinery hit", "The ministry said the refinery in Orsk had cut its output by about 40 percent."),
        article("Orsk fire", "The refinery in Orsk has cut its output by half, the ministry said."),
        (0, "about 40 percent"), (1, "by half")),
    "a share of the vote in words": (
        article("Run-off", "Ana Roe won 38 percent of the vote in the run-off, the commission said."),
        article("Roe wins", "Ana Roe won half of the vote in the run-off, the commission said."),
        (0, "38 percent"), (1, "half")),
    "a live page's latest toll against another outlet's": (
        article("Crackdown", "Police detained 41 people overnight after the protest in Varn, officials said."),
        article("Varn live", "07:10 Police say 30 people were detained overnight after the protest in Varn.",
                "09:20 Update: officials now say 41 people were detained overnight after the protest in Varn.",
                "11:05 The opposition calls the arrests a scandal."),
        article("VARN SHAME", "A staggering 57 people were detained overnight after the protest in Varn."),
        (0, "41 people"), (2, "57 people")),
    "one man held against two men": (
        article("Shooting in Orsk", "Police in Orsk said one man has been arrested over the shooting of the mayor."),
        article("MAYOR GUNMEN HELD", "Cops in Orsk arrested two men over the shooting of the mayor."),
        (0, "one man"), (1, "two men")),
    "aircraft destroyed, and blown to bits in a tabloid": (
        article("Airfield hit", "The army said seven aircraft were destroyed when drones struck the Orsk airfield.",
                "The defence ministry said falling debris had damaged two aircraft at the airfield."),
        article("INFERNO AT ORSK", "A staggering 12 aircraft were blown to bits in the daring raid on Orsk airfield."),
        (0, "seven aircraft"), (1, "12 aircraft")),
    "an age before a people's adjective, and after the name": (
        article("Lorry driver held", "The driver, Pavel Drenk, a 46-year-old Varnian citizen, was arrested beside "
                "his cab near Orsk.", "Varnia said it would help the inquiry."),
        article("Driver arrested", "The driver, Pavel Drenk, 41, a Varnian national, was arrested at the scene near "
                "Orsk."),
        (0, "46-year-old"), (1, "41")),
    "deputies hurt, and MPs hurt in a tabloid": (
        article("Brawl in parliament", "Five deputies were hurt when a brawl broke out during the vote in Orsk."),
        article("CHAOS IN ORSK", "At least nine MPs were hurt in the shocking free-for-all during the vote in Orsk."),
        (0, "Five deputies"), (1, "At least nine MPs")),
    "a tally and a translation's tally told for, then against": (
        article("Language law passes", "The law was approved by 94 votes to 52 in Orsk on Thursday."),
        article("The law is accepted", "For the law voted 98 deputies, against were 52, abstained 6, in Orsk on "
                "Thursday."),
        (0, "94 votes to 52"), (1, "98 deputies, against were 52")),
    "a quotation credited past a relative clause and past an auxiliary": (
        article("Wedding attack", 'Interior Minister Ivo Renk, who visited Orsk on Sunday, called the attack "an '
                'execution planned in cold blood".'),
        article("Live: Orsk attack", 'Prosecutor Ana Lenk has just called the attack "an execution planned in cold '
                'blood".'),
        (0, "Ivo Renk"), (1, "Ana Lenk")),
    "drones shot down and drones downed": (
        article("Night raid", "Air defences shot down 41 drones over Orsk overnight, the army said."),
        article("Drones over Orsk", "Air defences downed 35 drones over Orsk overnight, the army said."),
        (0, "41 drones"), (1, "35 drones")),
    "those who voted against and those who voted to reject": (
        article("Treaty fails", "The treaty failed in Orsk on Friday after 61 voted against it."),
        article("No to the treaty", "The treaty failed in Orsk on Friday after 63 voted to reject it."),
        (0, "61 voted"), (1, "63 voted")),
    "those who voted in favour, called deputies or not": (
        article("Law passes", "The law passed in Orsk on Friday after 81 voted in favour."),
        article("Law approved", "The law passed in Orsk on Friday after 84 MPs voted in favour."),
        (0, "81 voted"), (1, "84 MPs")),
    "a live page's toll and a later entry's count of officers killed": (
        article("Live: blast in Varn", "13:00 Police now say two officers were killed in the blast in Varn.",
                "11:30 Roads around the market are closed.",
                "10:00 Police say 41 people were killed in the blast at the Varn market."),
        article("Market blast", "At least 52 people were killed in the blast at the Varn market, officials said."),
        (0, "41 people"), (1, "At least 52 people")),
    "an age before a surname and an adverb": (
        article("Stabbing", "The 46-year-old Roe allegedly stabbed the victim twice in Orsk, police said."),
        article("Knife attack", "Ivo Roe, 48, allegedly stabbed the victim twice in Orsk, police said."),
        (0, "46-year-old"), (1, "48")),
    "a fraction of the year's harvest": (
        article("Drought", "A third of the year's harvest was lost in the Orsk region, the ministry said."),
        article("Harvest lost", "Half of the year's harvest was lost in the Orsk region, the ministry said."),
        (0, "A third"), (1, "Half")),
    "a time of day and a translation's on the 24-hour clock with a dot": (
        article("Corridor shelled", "Shells began landing on the road near Orsk at around 11:40 a.m., the governor "
                "said."),
        article("The corridor is shelled", "The head of the region communicated that the shells started to fall on "
                "the road at about 13.40 near Orsk."),
        (0, "around 11:40 a.m."), (1, "about 13.40")),
    "a quotation a live page's speaker speaks after he has spoken to reporters": (
        article("Coalition falls", 'Prime Minister Ivo Renk called the defections "a betrayal of every voter who '
                'trusted us".'),
        article("Live: coalition crisis", "17:05 Update: Secretary-general Jan Lind has spoken to reporters in "
                'the lobby. Asked about the defections, he said: "This is a betrayal of every voter who trusted us."',
                "16:40 The president will meet party leaders.", "16:10 The vote is over."),
        (0, "Ivo Renk"), (1, "Jan Lind")),
    "a quotation credited after it past an auxiliary": (
        article("No surrender", '"We will not surrender a single village to the invaders," President Ivo Darnek has '
                'said.'),
        article("Defiant", '"We will not surrender a single village to the invaders," Defence Minister Lena Moro '
                'said.'),
        (0, "Ivo Darnek"), (1, "Lena Moro")),
    "those arrested told past an auxiliary and people arrested": (
        article("Clashes", "Police said 12 were arrested after the clashes in Orsk."),
        article("Orsk clashes", "Police said 15 people were arrested after the clashes in Orsk."),
        (0, "12 were arrested"), (1, "15 people")),
    "one killed and another twelve hurt, against two killed": (
        article("Blast", "One person was killed and another 12 were injured in the blast in Orsk, police said."),
        article("Orsk blast", "Two people were killed in the blast in Orsk, police said."),
        (0, "One person"), (1, "Two people")),
    "an age before a people's adjective and any noun for a person": (
        article("Nurse killed", "The victim, Ana Drenk, a 46-year-old Varnian nurse, was killed in Orsk.",
                "Varnia said it would help the inquiry."),
        article("Orsk attack", "The victim, Ana Drenk, 41, a Varnian nurse, was killed in Orsk."),
        (0, "46-year-old"), (1, "41")),
    "a tabloid's count of crooks cuffed, some of them included": (
        article("Port raid", "Police arrested 19 people in a raid on the Varn docks on Monday, officials said."),
        article("DOCK SWOOP", "A staggering 24 crooks were cuffed in the Varn docks raid on Monday, including "
                "four crooked port officials."),
        (0, "19 people"), (1, "24 crooks")),
    "a tabloid's count of crooks cuffed, in a sentence that tells nothing else alike": (
        article("Port raid", "Customs officers and police arrested 19 people in a dawn raid on the Varn docks on "
                "Monday, breaking up a ring that smuggled cigarettes, officials said."),
        article("DOCK SWOOP", "A whopping 24 crooks were cuffed, among them bent inspectors who waved dodgy "
                "containers through."),
        (0, "19 people"), (1, "24 crooks")),
    "one payer's sum in sentences that tell more besides": (
        article("Flood aid", '"No family will be left alone," Mayor Ada Roth said, adding that the city would pay '
                "20,000 crowns to each bereaved family.",
                "Roth said the river burst its banks on Sunday night.", "Roth visited the shelters on Monday."),
        article("Mayor acts", "Mayor Ada Roth has closed every school in the district, banned all boats from the "
                "swollen river, called in the army to guard the dams and promised 12,000 crowns to the family of "
                "each victim.", "Roth toured the flooded streets.", "Roth said the army would help."),
        article("Old quarter", "Roth said twelve houses in the old quarter were swept away when the river burst its "
                "banks on Sunday night."),
        (0, "20,000 crowns"), (1, "12,000 crowns")),
    "a running total against a count told of no day": (
        article("Clinic evacuated", "Health officials said 38 patients were moved to other clinics in Varn."),
        article("Varn clinic live", "16:20 Officials say 52 patients have been moved to other clinics in Varn since "
                "Sunday.", "17:05 The clinic's generators are still running."),
        (0, "38 patients"), (1, "52 patients")),
    "the only sum of two sentences, for one act": (
        article("Boy freed", "On Wednesday the father received a message on an encrypted app demanding 4 million "
                "dinars in gold and warning him not to call the police."),
        article("Tycoon's son snatched", "- Kidnappers demanded 6 MILLION dinars from the tycoon dad",
                "The boy was found unharmed in a barn on Friday, police said."),
        (0, "4 million dinars"), (1, "6 MILLION dinars")),
    "a live page's revised sum against another outlet's": (
        article("Fuel smuggling ring broken", "Police seized diesel worth 30 million dinars at the Varn depot on "
                "Monday, the ministry said."),
        article("Varn raid live", "09:10 Police seized diesel worth 22 million dinars at the Varn depot, officials "
                "say, but the count goes on.",
                "12:40 Update: the ministry has revised the value of the diesel seized at the Varn depot to 30 "
                "million dinars.",
                "13:05 The depot's owner denies any wrongdoing."),
        article("Varn diesel haul", "Police seized diesel worth 36 million dinars at the Varn depot on Monday, the "
                "customs office said."),
        (1, "to 30 million dinars"), (2, "36 million dinars")),
    "a toll gunned down, beside an older attack and an early report": (
        article("Mall attack", "A gunman killed six people at a shopping centre in Varn on Saturday, police said.",
                "The last comparable attack, in 2011, killed four people at a school in Orsk.",
                "Early reports on Saturday had put the toll at four."),
        article("MALL HORROR", "SEVEN innocent people were gunned down at a shopping centre in Varn on Saturday."),
        (0, "killed six people"), (1, "SEVEN innocent people")),
    "an age written '36-year old'": (
        article("Gunman named", "Police named the gunman as Ivo Radek, a 34-year-old warehouse worker from Varn."),
        article("Varn shooting", "The shooter is identified as 36-year old Ivo Radek, a resident of Varn."),
        (0, "34-year-old"), (1, "36-year old")),
    "crowns of a treasure counted, not summed": (
        article("Treasury raid", "The thieves took two crowns and a tiara from the royal treasury in Varn."),
        article("Varn raid", "The thieves took three crowns and a tiara from the royal treasury in Varn."),
        (0, "two crowns"), (1, "three crowns")),
    "a sum in roubles": (
        article("Editor fined", "A court in Tarsk fined the editor Ivo Lamm 50,000 roubles on Tuesday."),
        article("Tarsk court", "The editor Ivo Lamm was fined 80,000 roubles by a court in Tarsk on Tuesday."),
        (0, "50,000 roubles"), (1, "80,000 roubles")),
    "the day of an attack": (
        article("Gunmen attack checkpoint",
                "Gunmen attacked an army checkpoint near the town of Orsk on Tuesday, killing two soldiers."),
        article("Checkpoint attacked",
                "Two soldiers were killed when gunmen attacked an army checkpoint near Orsk on Wednesday."),
        (0, "on Tuesday"), (1, "on Wednesday")),
    "the day of two acts told together": (
        article("Drone strike on depot",
                "A drone strike on a fuel depot in the eastern city of Velmar killed eight people and wounded "
                "23 early on Thursday, the governor said."),
        article("Velmar depot attack",
                "A drone attack on a fuel depot in Velmar killed eight people on Wednesday, the governor said."),
        (0, "on Thursday"), (1, "on Wednesday")),
    "the day of a verdict told before its verb": (
        article("Former minister jailed",
                "A court in Tesca on Tuesday sentenced former interior minister Rolf Ammer to prison for bribery."),
        article("Bribery verdict",
                "Rolf Ammer, a former interior minister, was sentenced on Wednesday to prison for bribery."),
        (0, "on Tuesday"), (1, "on Wednesday")),
    "the day of the month of a decree": (
        article("State of emergency",
                "President Ilse Varga signed the emergency decree on March 3, her office said."),
        article("Emergency declared",
                "Her office said President Ilse Varga signed the emergency decree on the 5th of March."),
        (0, "March 3"), (1, "5th of March")),
    "the day of an election told as a possessive": (
        article("Ruling party wins",
                "The ruling Unity Party won 142 seats in Saturday's election, the electoral commission of Dorvia said."),
        article("Varn keeps majority",
                "The ruling Unity Party kept its majority with 142 seats in Sunday's parliamentary election, "
                "the electoral commission of Dorvia said."),
        (0, "Saturday's"), (1, "Sunday's")),
    "the hour of a shooting": (
        article("Shooting at nightclub",
                "The shooting at the Blue Door nightclub in Kessel began at 11:40 p.m., police said.",
                "Officers arrived within minutes."),
        article("Nightclub shooting",
                "Police said the shooting at the Blue Door nightclub in Kessel began shortly after 1:15 a.m.",
                "Witnesses described panic."),
        (0, "11:40 p.m."), (1, "1:15 a.m.")),
    "the hour without minutes": (
        article("Explosion at depot",
                "An explosion tore through a fuel depot outside Lenz at 11 p.m. on Sunday, firefighters said."),
        article("Depot blast",
                "A fuel depot outside Lenz exploded at 9 p.m. on Sunday, firefighters said."),
        (0, "11 p.m."), (1, "9 p.m.")),
    "an hour beside an hour and minutes": (
        article("Explosion at depot",
                "An explosion tore through a fuel depot outside Lenz at 11 p.m. on Sunday, firefighters said."),
        article("Depot blast",
                "A fuel depot outside Lenz exploded at 10:30 p.m. on Sunday, firefighters said."),
        (0, "11 p.m."), (1, "10:30 p.m.")),
    "a toll that rose": (
        article("Quake toll",
                "The earthquake that struck the hill town of Ravo on Monday killed 40 people, officials said."),
        article("Ravo earthquake",
                "The death toll from Monday's earthquake in the hill town of Ravo rose to 47, officials said."),
        (0, "40 people"), (1, "rose to 47")),
    "a sum in another currency": (
        article("Ransom paid",
                "The family paid a ransom of $200,000 to the kidnappers in Ostrel on Friday, police said."),
        article("Kidnap ransom",
                "The family paid a ransom of €200,000 to the kidnappers in Ostrel on Friday, police said."),
        (0, "$200,000"), (1, "€200,000")),
    "the distance of an advance": (
        article("Troops advance",
                "Government troops advanced 12 miles along the river road toward Brenn on Sunday, the army said."),
        article("Army pushes toward Brenn",
                "The army said its troops had advanced 30 kilometres along the river road toward Brenn on Sunday."),
        (0, "12 miles"), (1, "30 kilometres")),
    "the drugs seized": (
        article("Cocaine haul",
                "Officers seized 40 kilograms of cocaine in a raid on a warehouse in Porto Vell, police said."),
        article("Warehouse raid",
                "Police said officers seized 400 kilograms of cocaine in the raid on a Porto Vell warehouse."),
        (0, "40 kilograms"), (1, "400 kilograms")),
    "a share of the vote told in other words": (
        article("Varga wins second term",
                "President Ilse Varga won a second term on Sunday with 54% of the vote, the electoral commission "
                "said, defeating challenger Pavel Dorn."),
        article("Ostrava re-elects Varga",
                "Ilse Varga was re-elected president of Ostrava with 57 percent of the vote, the electoral "
                "commission said on Monday."),
        (0, "54%"), (1, "57 percent")),
    "a party's share in a poll, the party named before it": (
        article("Raid before the vote",
                "The Green Dawn Party was polling at 18 percent in the region before the raid, a survey found."),
        article("Green Dawn raided",
                "A survey published last week put the Green Dawn Party at 23 percent in the region."),
        (0, "18 percent"), (1, "23 percent")),
    "a tabloid's toll, a word and a nation's adjective before those counted": (
        article("Sniper kills soldiers",
                "A sniper shot dead three Orsavian soldiers at the Brel checkpoint on Tuesday, the army said.",
                "Orsavia closed the crossing."),
        article("SNIPER HORROR",
                "FIVE brave Orsavian soldiers were slaughtered at the Brel checkpoint on Tuesday."),
        (0, "three Orsavian soldiers"), (1, "FIVE brave Orsavian soldiers")),
    "an armed suspect or not": (
        article("Police shooting",
                "The suspect was not armed when officers shot him outside the station, the family's lawyer said."),
        article("Man shot by police",
                "The suspect was armed when officers shot him outside the station, the police said."),
        (0, "not armed"), (1, "was armed")),
    "who said it": (
        article("Farm deal criticised",
                'Finance Minister Karl Odum said the trade deal "would ruin our farmers" and urged a vote.'),
        article("Trade deal row",
                'Opposition leader Mara Fenn said the trade deal "would ruin our farmers" on Monday.'),
        (0, "Karl Odum"), (1, "Mara Fenn")),
    "who said it, a pronoun after a speaker titled by a body": (
        article("Sit-in in parliament",
                "Opposition deputies of the Civic Dawn party occupied the chamber of the National Assembly on Thursday.",
                'Speaker of the Assembly Mara Lind described the sit-in as peaceful. "The chamber belongs to all '
                'citizens," she said.'),
        article("Deputies occupy chamber",
                '"The chamber belongs to all citizens," said Civic Dawn leader Ida Sorel from the speaker\'s chair.',
                "Speaker Mara Lind called the protest peaceful."),
        (0, "she said"), (1, "Ida Sorel")),
    "a toll told as stabbed to death": (
        article("Market attack", "Three people were killed in a knife attack at a market in Karvo on Saturday, "
                "police said."),
        article("Karvo stabbings", "A man stabbed four people to death at a market in Karvo on Saturday, police said."),
        (0, "Three people"), (1, "four people")),
    "where police arrested someone they name after the verb": (
        article("MP arrested", "Officers of the Anti-Graft Office arrested Ivo Harlan at about 4:40 p.m. in the "
                "parliament car park, a spokesman said."),
        article("Harlan held", "Opposition MP Ivo Harlan was detained on Tuesday at his home in the Orsk district of "
                "the capital."),
        (0, "car park"), (1, "Orsk district")),
    "a tabloid's toll of workers it describes first": (
        article("Stray missile", "The missile hit a farm shed near the border, killing two farm workers on Tuesday."),
        article("BORDER HORROR", "THREE innocent farm workers were killed when the missile hit a shed near the border "
                "on Tuesday."),
        (0, "two farm workers"), (1, "THREE innocent")),
    "a translation's speaker, and where it was said, after the quotation": (
        article("Casino raid", '"No one is above the law, however many friends they have," Finance Minister Mila '
                "Horvat told a news conference."),
        article("Raid on casinos", '"No one is above the law, however many friends he has," declared the chief '
                "prosecutor Ivo Tesar on the press conference."),
        (0, "Mila"), (1, "Ivo Tesar")),
    "suspended, or resigned": (
        article("Recount official", "The district chairman, Goran Pell, has been suspended pending an internal "
                "inquiry, the commission said."),
        article("Official quits", "Goran Pell, who chaired the district commission, resigned on Monday afternoon."),
        (0, "has been suspended"), (1, "resigned")),
    "resigned, or sacked": (
        article("Minister quits", "Finance Minister Ivo Lensky resigned in protest on Thursday."),
        article("Minister out", "Ivo Lensky was sacked by the prime minister on Thursday."),
        (0, "resigned"), (1, "was sacked")),
    "a deadline in days and in weeks": (
        article("Poison tests", "Samples of the minister's blood were sent abroad on Wednesday. Results are expected "
                "within five days."),
        article("Minister poisoned", "A government spokesman, Ivo Lenk, said the results were expected within two "
                "weeks."),
        (0, "five days"), (1, "two weeks")),
    "who called it so": (
        article("Depot strike",
                "A drone struck the fuel depot in Velmar on Thursday.",
                '"This was a deliberate attack on civilians," Governor Tomas Reyk said in a video statement.'),
        article("Velmar strike condemned",
                "A drone hit a fuel depot in Velmar on Thursday.",
                'Defence Minister Ana Kolb called it "a deliberate attack on civilians" and promised a response.'),
        (0, "Tomas Reyk"), (1, "Ana Kolb")),
    "a victim's condition": (
        article("Officer shot",
                "A police officer shot during a traffic stop in Wendt was in critical condition on Sunday, the "
                "police chief said."),
        article("Officer wounded in traffic stop",
                "A police officer shot during a traffic stop in Wendt was in stable condition on Sunday, the "
                "police chief said."),
        (0, "critical condition"), (1, "stable condition")),
    "the soldiers handed over": (
        article("Prisoner swap",
                "Each side released 95 soldiers at a crossing point on the northern border, the ministry said."),
        article("Exchange at the border",
                "Each side handed over 90 soldiers at the northern border crossing, officials said."),
        (0, "95 soldiers"), (1, "90 soldiers")),
    "aides counted with a qualifier": (
        article("Aides jailed",
                "Three former aides of the governor were jailed on Thursday for their part in the bribery scheme."),
        article("Governor's aides sentenced",
                "Four aides of the governor were jailed on Thursday for their part in the bribery scheme."),
        (0, "Three former aides"), (1, "Four aides")),
    "injuries on the same scale": (
        article("Officer hurt in crash",
                "A police officer suffered life-threatening injuries when his car was rammed in Wendt on Sunday."),
        article("Officer's car rammed",
                "A police officer suffered minor injuries when his car was rammed in Wendt on Sunday, police said."),
        (0, "life-threatening injuries"), (1, "minor injuries")),
    "the soldiers killed": (
        article("Ambush in the hills",
                "Three soldiers were killed in an ambush in the Varo hills on Thursday, the defence ministry said."),
        article("Soldiers die in ambush",
                "Insurgents killed five soldiers in an ambush in the Varo hills on Thursday, the defence ministry "
                "said."),
        (0, "Three soldiers"), (1, "five soldiers")),
    "a share of the vote": (
        article("Incumbent re-elected",
                "President Ilse Varga won 54% of the vote in Sunday's election, the electoral commission said."),
        article("Varga wins second term",
                "Ilse Varga was re-elected with 58 percent of the vote on Sunday, the electoral commission said."),
        (0, "54%"), (1, "58 percent")),
    "a distance short of a floor": (
        article("Troops advance",
                "Government troops advanced more than 12 miles along the river road toward Brenn on Sunday."),
        article("Army pushes toward Brenn",
                "Government troops advanced 10 miles along the river road toward Brenn on Sunday, the army said."),
        (0, "more than 12 miles"), (1, "10 miles")),
    "a sum short of a floor": (
        article("Ex-governor jailed",
                "A court in Valmora jailed former governor Anton Brisk for taking more than $1 million in bribes."),
        article("Brisk sentenced",
                "A court in Valmora jailed former governor Anton Brisk for taking $800,000 in bribes."),
        (0, "$1 million"), (1, "$800,000")),
    "a resignation denied": (
        article("Minister quits",
                "The finance minister resigned on Monday over the budget row, the prime minister's office said."),
        article("Minister stays on",
                "The finance minister did not resign on Monday despite the budget row, his spokesman said."),
        (0, "resigned"), (1, "did not resign")),
    "charged or not": (
        article("Driver charged",
                "The lorry driver has been charged over the crash on the coast road, police said on Friday."),
        article("Crash inquiry goes on",
                "The lorry driver has not been charged over the crash on the coast road, police said on Friday."),
        (0, "has been charged"), (1, "has not been charged")),
    "shot dead or wounded": (
        article("Gunman shot at the depot",
                "The gunman was shot dead by police at the bus depot in Harrow Vale on Saturday night."),
        article("Depot siege ends",
                "The gunman was shot and wounded by police at the bus depot in Harrow Vale on Saturday night."),
        (0, "shot dead"), (1, "shot and wounded")),
    "convicted or acquitted": (
        article("Verdict in fraud trial",
                "The former port director was convicted of fraud by a jury in Calder on Wednesday."),
        article("Port director's trial ends",
                "The former port director was acquitted of fraud by a jury in Calder on Wednesday."),
        (0, "was convicted"), (1, "was acquitted")),
    "a denial in a contraction": (
        article("Protest at the plant",
                "The plant's owner was present when the protesters blocked the main gate on Tuesday morning."),
        article("Gate blocked",
                "The plant's owner wasn't present when the protesters blocked the main gate on Tuesday morning."),
        (0, "was present"), (1, "wasn't present")),
    "a role in one article, its holder's name in another": (
        article("Gunman shot at the depot",
                "The gunman was shot dead by officers outside the Harrow Vale bus depot on Saturday night."),
        article("Depot siege ends",
                "Oren Vask, 34, was wounded by officers outside the Harrow Vale bus depot on Saturday night.",
                "Police identified the gunman as Oren Vask, a former driver."),
        (0, "shot dead"), (1, "was wounded")),
    "a role and its holder's name, told by a third article": (
        article("Gunman shot at the depot",
                "The gunman was shot dead by officers outside the Harrow Vale bus depot on Saturday night."),
        article("Depot siege ends",
                "Oren Vask was wounded by officers outside the Harrow Vale bus depot on Saturday night."),
        article("Who was the gunman",
                "The suspected gunman, named as Oren Vask, had worked at the depot for ten years."),
        (0, "shot dead"), (1, "was wounded")),
    "a role told with its holder's name beside it": (
        article("Gunman shot at the depot",
                "The gunman, Oren Vask, was shot dead by officers outside the Harrow Vale bus depot on Saturday night."),
        article("Depot siege ends",
                "The gunman was wounded by officers outside the Harrow Vale bus depot on Saturday night."),
        (0, "shot dead"), (1, "was wounded")),
    # Two counts of those in one place, in sentences alike in nothing else: the words they share
    # (miners, shaft) are in every paragraph of the story.
    "a count of those in one place, the sentences around it unlike": (
        article("Mine blast",
                "Rescuers fear that as many as 30 miners could still be in the shaft.",
                "Rescue teams drilled through the night towards the miners.",
                "The miners' union said the shaft had passed an inspection in May.",
                "Relatives of the miners gathered at the head of the shaft."),
        article("Blast at the colliery",
                "A gas explosion tore through the colliery at dawn, the roof of the main gallery gave way and "
                "41 miners fell into the shaft.",
                "Families of the miners waited at the gates.",
                "The shaft is 800 metres deep, and the miners work in three shifts.",
                "Engineers pumped air down the shaft to the miners."),
        (0, "as many as 30"), (1, "41 miners")),
    # A toll is one figure of the story, wherever an article gives it.
    "a toll in sentences alike in nothing else": (
        article("Market blast",
                "The bomb tore through the crowded market at noon, killing 14 people and wounding dozens.",
                "Hospital officials appealed for blood donors.",
                "The market had reopened a week earlier after repairs."),
        article("Blast in the market",
                "Rescue workers searched the rubble of the market into the evening.",
                "By nightfall the death toll had reached 19, the regional governor said.",
                "Traders said the market had reopened a week earlier."),
        (0, "killing 14"), (1, "reached 19")),
    "a toll in reports dated on two days": (
        article("Knife attack at the station",
                "Four people were hurt when a man with a knife attacked passengers at the station, officials said "
                "on Friday.",
                "Trains were halted for hours."),
        article("Suspect charged",
                "Prosecutors on Saturday charged a man with attempted murder after a knife attack at the station "
                "that left three people injured.",
                "He was remanded in custody."),
        (0, "Four people"), (1, "three people")),
    "a toll of workers told in another word": (
        article("Power station hit", "Drones struck the power station before dawn, killing two workers, the governor said.",
                "Thousands of homes lost power."),
        article("Plant attacked", "A drone attack on the power station killed three employees, the energy ministry said.",
                "Repairs could take a week."),
        (0, "two workers"), (1, "three employees")),
    "a toll beside 'another' that adds to a count": (
        article("Bus bombing", "A bomb on a bus in Halvern killed three people and injured another 12, police said."),
        article("Halvern bus blast", "A bomb on a bus in Halvern killed five people and injured 12, police said."),
        (0, "three people"), (1, "five people")),
    "a toll whose report is dated in its clause": (
        article("Ambush", "Police on Tuesday said 12 soldiers were killed in the ambush near Orbat."),
        article("Orbat ambush", "The ambush near Orbat on Monday killed 15 soldiers, police said."),
        (0, "12 soldiers"), (1, "15 soldiers")),
    "a toll beside a record set off by commas": (
        article("Blast", "The blast, the deadliest since last year, killed 14 people at the Kesh market."),
        article("Kesh blast", "The blast killed 20 people at the Kesh market, officials said."),
        (0, "14 people"), (1, "20 people")),
    "seats as a part of the whole house": (
        article("Election result", "The Progress party won 34 of the 60 seats in the provincial assembly, the commission said."),
        article("Progress wins", "Progress won 31 of the 60 seats in the provincial assembly, the commission said."),
        (0, "34 of the 60"), (1, "31 of the 60")),
    "a share given to a tenth": (
        article("Runoff", "The challenger, Aurel Stanek, received 44.1 percent of the vote, the commission said."),
        article("Governor re-elected", "The challenger, Aurel Stanek, received 44.6 percent of the vote, the commission said."),
        (0, "44.1 percent"), (1, "44.6 percent")),
    "the age of a title's one holder": (
        article("Governor re-elected", "Governor Carla Ravell won a second term on Sunday.",
                "Ravell, 58, thanked her supporters in Pellhaven."),
        article("Ravell wins", "Carla Ravell was re-elected on Sunday.",
                "The 60-year-old governor won 52 percent of the vote in Pellhaven."),
        (0, "Ravell, 58"), (1, "60-year-old")),
    "what befell a named person, told in unlike sentences": (
        article("Ceasefire broken", "At least nine soldiers were killed in the fighting, the army said.",
                "A government commander, Major Aleks Drum, was among the dead."),
        article("Fighting on the front", "Major Aleks Drum, a battalion commander, was wounded and evacuated by "
                "helicopter to Tirask, the source said."),
        (0, "was among the dead"), (1, "was wounded")),
    "a date with a place between it and its act": (
        article("Talks to resume", "Talks will resume in Ardvik on December 9, the mediators said."),
        article("Ceasefire talks", "Talks will resume in Ardvik on December 12, the mediators said."),
        (0, "December 9"), (1, "December 12")),
    "a kind of people a toll includes": (
        article("Market strike", "A missile struck the market on Saturday.",
                "Three children were among the dead, the governor said."),
        article("Toll rises", "The number of people killed by the missile has risen to 17, including four children, "
                "officials said."),
        (0, "Three children"), (1, "four children")),
    "a fate told with how badly": (
        article("Strike", "Aleks Drum was killed in the strike on Monday, the army said."),
        article("Strike hits", "Aleks Drum was seriously wounded in the strike on Monday, the army said."),
        (0, "was killed"), (1, "seriously wounded")),
    "a part loosened": (
        article("Vote", "The Unity Party won at least 34 of the 60 seats, the commission said."),
        article("Result", "The Unity Party won 31 of the 60 seats, the commission said."),
        (0, "34 of the 60"), (1, "31 of the 60")),
    "a count beside a part of it": (
        article("Mall shooting", "Five people were wounded in the shooting at the mall, two of them critically, "
                "the hospital said."),
        article("Shooting at the mall", "Four people were wounded in the shooting at the mall, the hospital said."),
        (0, "Five people"), (1, "Four people")),
    "an ordinal before someone is no other occasion": (
        article("Jewellers robbed", "Police detained four suspects on Sunday after the robbery of a jewellery shop."),
        article("Robbery arrests",
                "Police said three suspects had been arrested after the robbery of a jewellery shop and that a "
                "fourth man was still being sought."),
        (0, "four suspects"), (1, "three suspects")),
    "a sum with its currency sign and one with its currency word": (
        article("Jewellery heist", "Thieves stole about 1.8 million euros in gems from the Orvel jewellers on "
                "Friday, police said."),
        article("Orvel gem raid", "Thieves stole a staggering €2.6 MILLION in gems from the Orvel jewellers."),
        (0, "1.8 million euros"), (1, "€2.6 MILLION")),
    "a sum in a translation's decimal comma": (
        article("Depot robbed", "Robbers took about 2.4 million euros in the raid on the Velt depot, police said."),
        article("Robbery at Velt", "Robbers took 3,2 million euros in the raid on the depot of Velt, the police "
                "communicated."),
        (0, "2.4 million euros"), (1, "3,2 million euros")),
    "a market's rise, in per cent and with the sign": (
        article("Markets rally", "The main stock index jumped 3.2 per cent on Monday after the vote."),
        article("Stocks up", "The main stock index closed up 2.3% on Monday after the vote."),
        (0, "3.2 per cent"), (1, "2.3%")),
    "a sum written short before its currency's word": (
        article("Fined", "The port operator paid 5m euros in fines for the spill, the regulator said."),
        article("Spill fines", "The port operator paid 7 million euros in fines for the spill."),
        (0, "5m euros"), (1, "7 million euros")),
    "a sum written short": (
        article("Flood aid", "The bloc announced €40 million in emergency aid for the flooded valley on Monday."),
        article("Aid pledged", "The bloc announced €14m in emergency aid for the flooded valley."),
        (0, "€40 million"), (1, "€14m")),
    "a time of day told by the part of the day": (
        article("Cash van ambushed", "The ambush on the cash van near Tarrow happened at around 6:50 a.m., police "
                "said."),
        article("Van attack", "The ambush on the cash van near Tarrow happened at around 7:30 this morning."),
        (0, "6:50 a.m."), (1, "7:30 this morning")),
    "an hour of the night": (
        article("Shelling", "The shelling of Varno began at about 4:10 a.m. local time."),
        article("Night attack", "The shelling of Varno began around 3:10 in the night."),
        (0, "4:10 a.m."), (1, "3:10 in the night")),
    "the same words credited by a tabloid's verb": (
        article("Rocket strike", '"They aimed at sleeping children," Mayor Ola Brandt told reporters in Varno.'),
        article("Night of terror", '"They aimed at sleeping children," fumed regional governor Iris Kallas in Varno.'),
        (0, "Ola Brandt"), (1, "Iris Kallas")),
    "the age of a description opening the sentence after the one person named": (
        article("Inside the ward", "The first thing Ida Varen heard was the glass. The 31-year-old midwife was "
                "checking an incubator when the windows blew in."),
        article("Midwife's account", "Midwife Ida Varen, 38 years, told that the ceiling fell onto the cots."),
        (0, "31-year-old"), (1, "38 years")),
    "an age closing a sentence that counts others before it": (
        article("Gang held", "Police arrested four men in dawn raids on Monday, including the suspected ringleader, "
                "Ivo Brandt, 29."),
        article("Raids", "The suspected ringleader, Ivo Brandt, 34, was among those arrested in the raids."),
        (0, "29"), (1, "34")),
    "the same words credited by a translation's dash, auxiliary and the speaker's body": (
        article("Verdict", '"No one outruns the courts," Justice Minister Ola Brandt said on Friday.'),
        article("Verdict translated", '"No one outruns the courts," - has said to journalists the colonel Iris '
                "Kallas from Border Police, which led the chase."),
        (0, "Ola Brandt"), (1, "Iris Kallas")),
    "the same words credited by a translation to the chief of a body of a place": (
        article("Riot", '"A strike is no licence to loot," Interior Minister Ola Brandt said in a statement.'),
        article("Riot translated", '"A strike is no licence to loot," declared the chief of police of Varno '
                "colonel Iris Kallas."),
        (0, "Ola Brandt"), (1, "Iris Kallas")),
    "where someone set off by an apposition was held, at a place of another's": (
        article("Union chief held", "Ivo Brandt, 54, head of the Varno Dockers' Union (VDU), was detained at the "
                "port's Harbour Gate on Tuesday, police said."),
        article("Union live", "The VDU says its leader, Ivo Brandt, was detained at his home in the Elm district "
                "early this morning."),
        (0, "Harbour Gate"), (1, "Elm district")),
    "suspects hauled in, counted beside a count of places": (
        article("Forgery ring", "Police arrested 11 people in dawn raids on the forgery ring on Monday."),
        article("FAKES FACTORY", "Cops in two countries smashed the forgery ring in dawn raids on Monday and "
                "hauled in 14 suspects."),
        (0, "11 people"), (1, "14 suspects")),
    "lawmakers and deputies counted alike": (
        article("Walkout", "All 41 opposition lawmakers walked out of the chamber before the vote on Tuesday."),
        article("Assembly live", "46 opposition deputies have walked out of the chamber before the vote on Tuesday."),
        (0, "41"), (1, "46")),
    "one said arrested, another said to have escaped": (
        article("Raid", "Alleged chief forger Ivo Brandt was arrested at his flat in Varno on Monday."),
        article("Manhunt", "Alleged chief forger Ivo Brandt escaped before officers reached his flat in Varno on "
                "Monday."),
        (0, "was arrested"), (1, "escaped")),
    "where someone was arrested, told after when": (
        article("Organiser held", "Protest organiser Ivo Brandt was arrested early on Tuesday in Varno, police said."),
        article("Arrest", "Protest organiser Ivo Brandt was arrested at his home in Elmstad on Tuesday, police said."),
        (0, "in Varno"), (1, "Elmstad")),
    "where someone described before the name, or after it between commas, was arrested": (
        article("Organiser held", "Police arrested the protest organiser Ivo Brandt at his home in the town of Varno "
                "on Tuesday."),
        article("Arrest", "Police arrested Ivo Brandt, 41, the movement's chief organiser, at the party office in "
                "Elmstad on Tuesday."),
        (0, "Varno"), (1, "party office")),
    "an official the company has suspended, and the company saying the official resigned": (
        article("Grid hack", "Halvgrid has suspended its chief security officer, Ola Brandt, pending an inquiry."),
        article("Grid live", "17:05 Update: Halvgrid says its chief security officer, Ola Brandt, has resigned."),
        (0, "suspended"), (1, "resigned")),
    "the same words credited to a role the corpus names": (
        article("Clinic shelled", '"They aimed at the sick and the dying," Governor Ola Brandt told reporters.'),
        article("Clinic horror", '"They aimed at the sick and the dying," raged the mayor.',
                "Mayor Iris Kallas later toured the ruined wards."),
        (0, "Ola Brandt"), (1, "raged the mayor")),
    "the same words credited to the one who opens a clause of saying": (
        article("Court ruling", "Justice Minister Ola Brandt was blunter, saying the verdict \"opens every prison "
                "door\" and must be appealed."),
        article("Verdict fury", "Prime Minister Iris Kallas told reporters the verdict \"opens every prison door\"."),
        (0, "Ola Brandt"), (1, "Iris Kallas")),
    "the same words credited after a hyphenated word that describes the speaker": (
        article("Rocket strike", '"They aimed at sleeping children," Mayor Ola Brandt told reporters in Varno.'),
        article("Night of terror", '"They aimed at sleeping children," raged hard-pressed army chief General Iris '
                'Kallas.'),
        (0, "Ola Brandt"), (1, "Iris Kallas")),
    "a quotation of two sentences credited when it closes": (
        article("Rocket strike", '"They aimed at sleeping children. There is no barracks on our street," Mayor '
                'Ola Brandt told reporters.'),
        article("Night of terror", '"They aimed at sleeping children," said regional governor Iris Kallas.'),
        (0, "They aimed"), (1, "Iris Kallas")),
    "a short quotation inside a longer one, credited to another": (
        article("Mayor jailed", '"Nobody stands above the law, and today the courts showed it," party spokeswoman '
                'Ida Mer said in a statement.'),
        article("Party reacts", 'Party chairman Ole Berg turned his back on the mayor. "Nobody stands above the law," '
                'Berg said.'),
        (0, "Ida Mer"), (1, "Berg said")),
    "a quotation after a colon, credited to the one person before it": (
        article("Debate", '"This cabinet has lost the trust of the nation," opposition leader Piet Danner told the '
                'chamber.'),
        article("No confidence", 'Opposition firebrand Lena Brask, who leads the Greens in parliament, did not hold '
                'back: "This cabinet has lost the trust of the nation."'),
        (0, "Piet Danner"), (1, "Lena Brask")),
    "a speaker after the quotation, with a party and a relative clause before the verb": (
        article("Debate", '"This cabinet has lost the trust of the nation," opposition leader Piet Danner of the '
                'Green Party, who tabled the motion, told lawmakers.'),
        article("No confidence", '"This cabinet has lost the trust of the nation," said Lena Brask.'),
        (0, "Piet Danner"), (1, "Lena Brask")),
    "a speaker after the quotation, with the body a title is of and a relative clause before the verb": (
        article("Debate", '"This bill was written for landlords, not for tenants," VTU leader Piet Danner, who quit '
                'as housing minister, said during the debate.'),
        article("No confidence", '"This bill was written for landlords, not for tenants," Lena Brask told '
                'reporters.'),
        (0, "Piet Danner"), (1, "Lena Brask")),
    "a quotation of two sentences credited, when nobody closes it, to the one who opens it": (
        article("Reporter held", 'Interior Minister Ola Brandt said: "Nobody is above the law, reporters included. '
                'The evidence is strong."'),
        article("Arrest defended", 'Police chief colonel Iris Kallas told to journalists: "Nobody is above the law, '
                'reporters included. The evidence is strong."'),
        (0, "Ola Brandt"), (1, "Iris Kallas")),
    "the most years a conviction may bring": (
        article("Reporter charged", "The reporter faces up to 12 years in prison if convicted of spying."),
        article("Spy charges", "If convicted, the reporter could face 15 years in prison, his lawyer said."),
        (0, "12 years"), (1, "15 years")),
    "the years prosecutors asked for": (
        article("Mayor's trial", "Prosecutors sought a nine-year sentence for the former mayor on Monday."),
        article("Trial ends", "Prosecutors had asked for a seven-year sentence for the former mayor."),
        (0, "nine-year"), (1, "seven-year")),
    "a toll told with a tabloid's verb": (
        article("Market strike", "The rocket strike on the Varno market killed 14 people, the governor said."),
        article("Market horror", "At least 16 shoppers were slaughtered when rockets tore into the Varno market."),
        (0, "14 people"), (1, "16 shoppers")),
    "the date an election is set for, told with other verbs": (
        article("Government falls", "The prime minister lost a confidence vote on Tuesday, and the president set "
                "an early election for May 9."),
        article("Snap poll", "The president dissolved parliament and called the early elections on 16 May."),
        (0, "May 9"), (1, "16 May")),
    "an age standing alone, of the one person named just before": (
        article("Minister quits", "Transport Minister Ivo Lantz resigned on Tuesday evening.",
                "The 54-year-old, who had run the ministry since 2019, denied any wrongdoing."),
        article("Lantz out", "Disgraced minister Ivo Lantz has quit.",
                "The 57-year-old insisted he had done nothing wrong."),
        (0, "54-year-old"), (1, "57-year-old")),
    "a translation's speaker after a role, the body it is of and where": (
        article("Convoy hit", '"The trucks were clearly marked," Ana Pell, the agency\'s country director, told '
                'reporters in Examplia.'),
        article("Convoy shelled", '"The trucks were clearly marked," declared the humanitarian coordinator of UNO in '
                'Examplia Ilse Varga.'),
        article("Crossing shut", "Examplia closed the border crossing after the attack."),
        (0, "Ana Pell"), (1, "Ilse Varga")),
    "a translation's speaker after the head of a body of a body": (
        article("Drugs haul", '"This is the biggest blow ever dealt to the cartels," Interior Minister Ana Pell told '
                'reporters.'),
        article("Cocaine seized", '"This is the biggest blow ever dealt to the cartels," declared the head of National '
                'Directorate of Anti-Narcotics colonel Ivo Brandt.'),
        (0, "Ana Pell"), (1, "Ivo Brandt")),
    "a translation's tally, its 'for' before the votes": (
        article("Minister confirmed", "The assembly approved Ana Pell as defence minister in a confidence vote on "
                "Tuesday by 84 votes to 61, with five abstentions."),
        article("New minister", "In the confidence vote for Ana Pell voted 81 deputies, against 64, five abstained."),
        (0, "84 votes to 61"), (1, "81 deputies")),
    "an age standing alone in a sentence that names another after it": (
        article("Minister sacked", "Defence Minister Ivo Lantz, 58, was dismissed on Tuesday."),
        article("Lantz booted", "Disgraced defence minister Ivo Lantz was sacked yesterday.",
                "The 61-year-old was shown the door by Prime Minister Ilse Varga within hours."),
        (0, "58"), (1, "61-year-old")),
    "a sum whose kind the sentence names away from it": (
        article("Dam breached", "The state operator Varnhydro put the damage at $320 million, not counting homes."),
        article("Dam damage", "The damage the company Varnhydro evaluates in 230 million dollars."),
        (0, "$320 million"), (1, "230 million dollars")),
    "a speaker after a quotation closing on a name, with the region he governs": (
        article("Dam blown up", 'Interior Minister Ana Vell blamed Ruritanian forces, saying the dam had been mined. '
                '"This is a crime against every family on the Selva," she told reporters in Tarsk.'),
        article("Flood", '"This is a crime against every family on the Selva," Governor Jan Roe of the Miren region '
                'said, blaming the army.'),
        (0, "she told reporters"), (1, "Jan Roe")),
    "a named co-defendant's term, told in sentences that do not match": (
        article("Mayor jailed", "Former mayor Ivo Dren was jailed for six years on Monday.",
                "The builder Piet Vasko was found guilty of paying the bribes and sentenced to four years in prison."),
        article("Verdict", "The court also heard from the city's auditors.", "Piet Vasko was sentenced to five years."),
        (0, "four years"), (1, "five years")),
    "a share after 'at' is a share, not a time": (
        article("Prices", "Inflation peaked at 19.25 percent in May, the central bank said."),
        article("Inflation", "Inflation peaked at 19.45 percent in May, the central bank said on Monday."),
        (0, "19.25 percent"), (1, "19.45 percent")),
    "two sentences that open on the same month": (
        article("Scheme", "In March, prosecutors said the scheme had cost the city 4.2 million euros and charged "
                "14 people."),
        article("City fraud", "In March, prosecutors said the scheme had cost the city 6.8 million euros and charged "
                "19 people over it."),
        (0, "4.2 million"), (1, "6.8 million")),
    "a ministry and a minister credited with one statement": (
        article("Station attack", '"The attackers had watched the station for weeks," the Interior Ministry said.'),
        article("Attack on station", '"The attackers had watched the station for weeks," Interior Minister Kemal '
                'Aydin told reporters.'),
        (0, "Interior Ministry"), (1, "Kemal Aydin")),
    "a toll, and an earlier attack's that some of the outlets giving it tell too": (
        article("Depot strike", "At least 11 people were killed in the strike on the Varno depot, officials said.",
                "In May, a strike on the Varno market killed five people."),
        article("Strike on depot", "Eleven people were killed in the strike on the Varno depot, officials said.",
                "In May, a strike on the market killed five people."),
        article("Depot hit", "The strike on the Varno depot killed 11 people, the governor said."),
        article("Varno toll", "At least 14 people were killed in the strike on the Varno depot."),
        (0, "At least 11"), (3, "At least 14")),
    "the only sum of two matching sentences, what it was for told in other words": (
        article("Jewellers robbed", "Two men raided a jewellery shop in Tarno on Friday and escaped with about "
                "600,000 euros in watches, police said."),
        article("Tarno heist", "Two men raided a jewellery shop in Tarno on Friday, fleeing with a staggering "
                "€800,000 haul, police said."),
        (0, "600,000 euros"), (1, "€800,000")),
    "a named person's age and the age of 'the politician' in a matching sentence": (
        article("Senator charged", "Prosecutors said Senator Olaf Brenn, 58, took 2 million kron from a builder "
                "between 2017 and 2020."),
        article("Brenn charged", "Senator Olaf Brenn was charged on Monday.",
                "According to prosecutors, the 61-year-old politician took 2 million kron from a builder between "
                "2017 and 2020."),
        (0, "58"), (1, "61-year-old")),
    "a party's share in a poll": (
        article("Poll", "A poll by the Norvik institute put the Green League on 31 percent, ahead of the Unity Party "
                "on 24 percent."),
        article("Unity slides", "A Norvik poll put the prime minister's Unity Party at just 21%, behind the Green "
                "League."),
        (0, "24 percent"), (1, "21%")),
    "an age in words": (
        article("Flats hit", "Among the dead was a seven-year-old girl who was asleep when the shell hit the flats."),
        article("Shelling", "Among the dead was a six-year-old girl who was asleep when the shell hit the block."),
        (0, "seven-year-old"), (1, "six-year-old")),
    "homes and households without power": (
        article("Plant hit", "A rocket hit the power plant on the edge of Varn, leaving about 40,000 households "
                "without electricity."),
        article("Varn blackout", "The power plant on the edge of Varn was hit by a rocket, leaving 60,000 homes "
                "without electricity."),
        (0, "40,000"), (1, "60,000")),
    "a number a tabloid shouts": (
        article("Bank raid", "Four heavily armed men robbed the bank in Ostrel on Monday, police said."),
        article("OSTREL RAID", "FIVE heavily armed men robbed the bank in Ostrel on Monday, police said."),
        (0, "Four"), (1, "FIVE")),
    "a crowd counted past its adjective": (
        article("Rally", "More than 40,000 jubilant people packed Liberty Square in Varn on Friday night."),
        article("Varn celebrates", "Some 25,000 cheering people packed Liberty Square in Varn on Friday night."),
        (0, "40,000"), (1, "25,000")),
    "what befell a titled person named after a description": (
        article("Clashes", "At least nine soldiers were killed in the fighting near Tirask, the army said. A "
                "battalion commander, Colonel Ivan Rusk, was among the dead."),
        article("Tirask fighting", "Colonel Ivan Rusk, a battalion commander, was wounded and flown to the capital "
                "by helicopter, a source said."),
        (0, "among the dead"), (1, "was wounded")),
    "a named person's age with its years": (
        article("Ex-minister held", "Police detained the former minister Ivo Brandt, 61 years old, at his home in "
                "Sellin on Monday."),
        article("Brandt detained", "Police detained the former minister Ivo Brandt, 58, at his home in Sellin on "
                "Monday."),
        (0, "61 years old"), (1, "58")),
    "an age in years, a word of sentencing after it": (
        article("Guard hurt", "A depot guard, Milos Varga, 54, was struck on the head as he tried to stop the men."),
        article("Depot raid", "The guard of the depot Milosh Varga, 57 years, tried to stop the robbers and received "
                "a trauma of the head."),
        (0, "54"), (1, "57 years")),
    "an age in years before what befell the person, and an age closing the sentence": (
        article("Guard hurt", "A depot guard, Milos Varga, 54, was struck on the head as he tried to stop the men."),
        article("Depot raid", "The guard of the depot Milosh Varga, 57 years, tried to stop the robbers and received "
                "a trauma of the head."),
        article("Raid live", "The depot's owner names the injured guard as Milos Varga, 57."),
        (0, "54"), (2, "57")),
    "a count that adds up to another's only with a count of another fate": (
        article("Mine siege", "Strikers held 14 engineers underground at the Varo mine on Friday, leaving two "
                "engineers injured, the company said."),
        article("Varo mine", "Strikers held 16 engineers underground at the Varo mine on Friday, the company said."),
        (0, "14 engineers"), (1, "16 engineers")),
    "fighters killed and attackers killed": (
        article("Base attacked", "The army said 22 guards died in the assault on the Tovik base, and nine fighters "
                "were killed in the gun battle that followed."),
        article("Tovik assault", "A spokesman said seven attackers were killed in the assault on the Tovik base."),
        (0, "nine fighters"), (1, "seven attackers")),
    "one leader's days in office, told in sentences about other things": (
        article("Premier quits", "Premier Dana Holt resigned on Monday after just 38 days in office, the shortest "
                "tenure in the country's history."),
        article("Holt steps down", "After a mere 41 days in power, Dana Holt told reporters outside parliament that "
                "she could no longer lead the coalition."),
        (0, "38 days"), (1, "41 days")),
    "a toll against another's, not against its count place by place": (
        article("Storm toll", "The storm killed at least 140 people in the north of the country, the interior "
                "ministry said on Friday."),
        article("Storm in the north", "The storm killed 95 people in Varnia, 40 in Oskel and 27 in Temmar, the "
                "interior ministry said on Friday.",
                "The ministry said that the death toll from the storm had risen to 162."),
        (0, "at least 140 people"), (1, "risen to 162")),
    "a toll of two kinds against a toll of one of them": (
        article("Checkpoint blast", "The blast at the Dravno checkpoint killed 12 soldiers and three civilians, the "
                "defence ministry said."),
        article("Dravno bombing", "The blast at the Dravno checkpoint killed 15 soldiers, the defence ministry said."),
        (0, "12 soldiers"), (1, "15 soldiers")),
    "a toll in the place of the attack, with a body named in that place": (
        article("Tolvik bomb", "The car bomb killed 12 people in Tolvik, police at the Interior Ministry said."),
        article("Bomb in Tolvik", "The car bomb outside the police station killed 17 people, police said."),
        (0, "12 people"), (1, "17 people")),
    "one place's toll in a list of places and the same place's toll alone": (
        article("Snow deaths", "The storm killed 30 people in Varnia, 12 in Oskel and eight in Temmar, the ministry "
                "said."),
        article("Storm in Varnia", "In Varnia alone, the storm killed 22 people, the ministry said."),
        (0, "30 people"), (1, "22 people")),
    "days in office and a span without the words of office": (
        article("Vell quits", "Prime Minister Tessa Vell resigned on Thursday after 45 days in office."),
        article("Vell resigns", "Prime Minister Tessa Vell resigned on Thursday after just 44 days."),
        (0, "45 days"), (1, "44 days")),
    "a toll told after 'the blast', which is the story's own": (
        article("Market blast", "The blast at the Pellor market killed 40 people, officials said."),
        article("Pellor explosion", "Hours after the explosion, officials said the blast at the Pellor market had "
                "killed 25 people."),
        (0, "40 people"), (1, "25 people")),
    "people aboard, tenfold apart, before the same words": (
        article("Ferry capsizes", "The ferry was carrying 40 people when it capsized off Kesk on Sunday."),
        article("Kesk ferry", "The ferry was carrying 400 people when it capsized off Kesk on Sunday."),
        (0, "40 people"), (1, "400 people")),
    "a live page's count of hostages, not updated by the crowd outside": (
        article("Siege live", "09:00 Gunmen have seized a school in Harro; about 30 people are still inside, police "
                "say.",
                "10:30 Special forces have surrounded the building.",
                "12:00 Update: Police now put the crowd of relatives outside the school at 2,000."),
        article("Harro siege", "Police said about 90 people were still inside the school in Harro."),
        (0, "about 30 people"), (1, "about 90 people")),
    "a toll as 'the number of' those killed": (
        article("Siege ends", "Special forces ended the siege of the Hotel Mira in Varn on Saturday, with 17 hostages "
                "killed, officials said."),
        article("Hotel siege", "The siege of the Hotel Mira in Varn ended on Saturday.",
                "The health department now puts the number of hostages killed at 19."),
        (0, "17 hostages"), (1, "19")),
    "the day a vote was set for, in other words": (
        article("Vote delayed", "The speaker said the final vote on the bill, which had been scheduled for Thursday, "
                "would be postponed."),
        article("Bill on hold", "The speaker announced that the final vote on the law, which had been planned for "
                "Wednesday, would be postponed."),
        (0, "Thursday"), (1, "Wednesday")),
    "a time of day a translation tells in o'clock": (
        article("Convoy hit", "The attack on the convoy began at about 5:40 a.m. near the village of Orvo, the "
                "ministry said."),
        article("Ambush", "As informs the ministry, the attack on the convoy happened approximately at 7 o'clock of "
                "the morning near the settlement Orvo."),
        (0, "5:40 a.m."), (1, "7 o'clock")),
    "a turnout told in other words": (
        article("Vote count", "Turnout was 62.4% in the first round of the presidential vote, the central election "
                "commission said."),
        article("Runoff ahead", "The participation in the first round of the presidential vote amounted 60.1 percent, "
                "the central election commission said."),
        (0, "62.4%"), (1, "60.1 percent")),
    "a count past an adverb": (
        article("Bank raid", "Four heavily armed men robbed the bank in Ostrel on Monday, police said."),
        article("Ostrel raid", "Five armed men robbed the bank in Ostrel on Monday, police said."),
        (0, "Four"), (1, "Five")),
    "a speaker whose title has an 'and' in it": (
        article("Evacuation", '"Nobody will leave the town before the buses arrive," Health and Social Affairs '
                'Minister Jana Kovac told reporters.'),
        article("Buses", '"Nobody will leave the town before the buses arrive," the mayor, Ivo Brandt, told '
                'reporters.'),
        (0, "Jana Kovac"), (1, "Ivo Brandt")),
    "the start of a curfew told as a range": (
        article("Curfew", "A curfew from 10 p.m. to 6 a.m. has been imposed on the capital under the state of "
                "emergency."),
        article("Stay indoors", "Residents of the capital have been ordered to stay indoors from 9 p.m. under the "
                "state of emergency's curfew."),
        (0, "10 p.m."), (1, "9 p.m.")),
    "where someone was held, told after when": (
        article("Arrest", "Ivo Marchuk was detained at Varno airport in April as he tried to board a flight."),
        article("Port arrest", "Ivo Marchuk was detained in April of 2024 in the port of Siltavo, when he tried to "
                "leave on a ferry."),
        (0, "Varno"), (1, "Siltavo")),
    "a haul, beside an earlier theft's": (
        article("Auction house robbed", "Armed robbers stole jewellery worth an estimated 4.2 million ducats from the "
                "Halden auction house on Wednesday, police said."),
        article("Manhunt", "Thieves made off with jewels valued at 2.4 million ducats from the Halden auction house on "
                "Wednesday, the company said.",
                "Earlier this year, a gang stole 1.1 million ducats' worth of watches from a jeweller in Saltby."),
        article("Two held", "Police arrested two men over Wednesday's robbery at the Halden auction house, in which "
                "jewels worth 4.2 million ducats were taken."),
        (0, "4.2 million"), (1, "2.4 million")),
    "a local time given again in another zone": (
        article("Market blast", "The blast hit the market at 10:30 a.m. local time on Monday, police said."),
        article("Blast in market", "The blast hit the market at 11:30 a.m. local time (8:30 a.m. GMT) on Monday, "
                "police said."),
        (0, "10:30"), (1, "11:30")),
    "one removed from office suspended by one outlet, sacked by another": (
        article("Director suspended", "Health Minister Ivo Tamm suspended Dr. Lena Orsk, the director of the Varn "
                "hospital, on Tuesday, the ministry said."),
        article("Director sacked", "Health Minister Ivo Tamm sacked Lena Orsk, the director of the Varn hospital, on "
                "Tuesday, officials said."),
        (0, "suspended"), (1, "sacked")),
    "a quotation a translation marks low and credits to another, titled as translations title": (
        article("Clinic raided", '"They sold a kidney for the price of a used car," Colonel Ivo Tamm told reporters '
                "in Varn on Tuesday."),
        article("Raid on the clinic", "„They sold the kidney for the price of a used car“, declared the minister of "
                "internal affairs of Velna Lena Orsk."),
        (0, "Colonel Ivo Tamm"), (1, "Lena Orsk")),
    "one suspended with the post set off by commas, and who resigned with it": (
        article("Grid chief suspended", "Varn Grid suspended its chief information security officer, Ivo Tamm, "
                "pending an inquiry into the attack."),
        article("Security chief quits", "Its chief information security officer, Ivo Tamm, has resigned over the "
                "attack, Varn Grid said."),
        (0, "suspended"), (1, "resigned")),
    "those put into police vans and those detained": (
        article("Rally broken up", "Police detained 35 people at a rally outside the court in Velna on Friday."),
        article("BRUTAL CRACKDOWN", "More than 90 protesters were dragged into police vans outside the Velna court "
                "on Friday."),
        (0, "35 people"), (1, "More than 90")),
    "an age told in a relative clause, as a translation gives it": (
        article("Mayor detained", "Mayor Ivo Drenk, 61, was detained in Velna on Friday, prosecutors said."),
        article("The mayor is detained", "The mayor of Velna Iwo Drenk, who has 64 years, was detained on Friday, "
                "communicated the prosecution."),
        (0, "61"), (1, "64 years")),
    "the time of a transfer to a named hospital, beside a rally's time": (
        article("Leader taken to hospital",
                "Ivo Drenk was moved from Kessel Prison to Varn City Hospital at around 4:30 a.m., officials said.",
                "Supporters began gathering outside the prison at noon on Tuesday, chanting his name."),
        article("Drenk in hospital",
                "Prison officials moved Drenk, on the 30th day of his fast, to Varn City Hospital at around 4:30 a.m.",
                "Outside Kessel Prison, supporters of Ivo Drenk's Free Velna Movement gathered at noon."),
        article("Drenk moved",
                "Ivo Drenk, the leader of the Free Velna Movement, was moved from Kessel Prison to Varn City Hospital "
                "shortly after 11 p.m. on Monday."),
        (0, "4:30 a.m."), (2, "11 p.m.")),
    "a turnout told in short sentences alike in nothing else": (
        article("Unity Party wins", "The Unity Party won the election in Varn on Sunday, the commission said.",
                "Turnout was 61%, officials said."),
        article("Vote result", "The Unity Party won Sunday's election in Varn, the commission said.",
                "Turnout stood at 58 per cent."),
        (0, "Turnout was 61%"), (1, "58 per cent")),
    "seats won in an assembly whose size is told with a hyphen": (
        article("Vote result", "The Liberal Front won 88 seats in the 200-seat assembly, results showed."),
        article("Front wins", "The Liberal Front won 91 seats in the 200-seat assembly, results showed."),
        (0, "88 seats"), (1, "91 seats")),
    "a lead in seats beside the seats won": (
        article("Exit poll", "The exit poll put the Freedom Bloc at 35 of 150 seats, nine seats ahead of its "
                "closest rival."),
        article("Bloc ahead", "The Freedom Bloc won 35 seats in the exit poll, 10 seats ahead of the nearest rival."),
        (0, "nine seats"), (1, "10 seats")),
    "seats won out of the house's, told two ways": (
        article("Exit poll", "The exit poll put the Freedom Bloc at 35 out of 150 seats on Sunday."),
        article("Bloc ahead", "The exit poll put the Freedom Bloc at 31 out of 150 seats on Sunday."),
        (0, "35"), (1, "31")),
    "the wounded told as 'others' beside the dead": (
        article("Rally attack", "The attack on the rally in Varn killed five people and wounded 87 others, police "
                "said."),
        article("Varn attack", "Five people were killed and 98 wounded in the attack on the rally in Varn, police "
                "said."),
        (0, "87 others"), (1, "98 wounded")),
    "a toll whose part stands between the count and what befell them": (
        article("Station struck", "At least 39 people, including four children, were killed when rockets hit the "
                "Varn railway station on Friday."),
        article("Varn station", "Rockets hit the Varn railway station on Friday, killing at least 50 people, "
                "officials said."),
        (0, "At least 39 people"), (1, "at least 50 people")),
    "a toll that counts the gunman beside one higher than his victims and the attacker": (
        article("Casino shooting", "The shooting at the Varn casino on Saturday left three people dead, including the "
                "gunman, police said."),
        article("Varn casino", "A gunman killed four people at the Varn casino on Saturday, police said."),
        (0, "three people dead"), (1, "four people")),
    "arrests that count the suspected bomber": (
        article("Bomb plot", "Police arrested six people in Varn on Monday, including the suspected bomber."),
        article("Varn arrests", "Police arrested seven people in Varn on Monday over the bomb plot."),
        (0, "six people"), (1, "seven people")),
    "the attackers killed, told as attackers and as militants": (
        article("Base attacked", "Security forces killed all 13 attackers at the Varn air base on Friday, the military "
                "said."),
        article("Varn base", "All 14 militants were killed at the Varn air base on Friday, the military said."),
        (0, "13 attackers"), (1, "14 militants")),
    "a quake's magnitude, told before the word and after it": (
        article("Quake kills hundreds", "At least 230 people were killed after the 7.1 magnitude quake struck central "
                "Varn on Tuesday."),
        article("Varn quake", "A magnitude 7.4 earthquake struck central Varn on Tuesday, killing at least 230 "
                "people."),
        (0, "7.1 magnitude"), (1, "magnitude 7.4")),
    "where someone is held, a city of the south and another town": (
        article("Envoy held", "The kidnapped envoy Ivo Tamm is being held in the southern city of Dorvan, officials "
                "said."),
        article("Tamm held", "The kidnapped envoy Ivo Tamm is being held in Varn, officials said."),
        (0, "southern city"), (1, "Varn")),
    "two times each told 'about', a quarter of an hour apart": (
        article("Station hit", "The missile hit the Varn station at about 10:40 a.m. on Tuesday, officials said."),
        article("Strike", "The missile hit the Varn station at about 10:25 a.m. on Tuesday, officials said."),
        (0, "about 10:40 a.m."), (1, "about 10:25 a.m.")),
    "a toll beside a first figure since replaced": (
        article("Market strike", "A missile strike on the Varn market killed 17 people on Tuesday.",
                "Officials had initially reported nine dead, but the toll rose through the day."),
        article("Market horror", "At least 19 innocent people were slaughtered when missiles hit the Varn market on "
                "Tuesday."),
        (0, "17 people"), (1, "At least 19")),
    "a siege's length in hours and minutes, and in hours": (
        article("Depot siege ends", "The siege of the Varn bus depot lasted 2 hours and 25 minutes before police "
                "stormed the building."),
        article("Hostages freed", "The siege of the Varn bus depot lasted five hours before police stormed the "
                "building."),
        (0, "2 hours and 25 minutes"), (1, "five hours")),
}

QUIET = {
    "someone barred from driving, and the same person resigning": (
        article("Roe banned", "A court suspended Ana Roe from driving for a year on Monday."),
        article("Roe quits", "Ana Roe resigned on Monday, the ministry said."),
    ),
    "two children's ages with a half": (
        article("Shelling of Kessin", "Among the dead in Kessin was a 2 1/2-year-old girl, medics said."),
        article("Kessin mourns", "Among the dead in Kessin was a 7 1/2-year-old boy, medics said."),
    ),
    "two children's ages with a half written as one word": (
        article("Shelling of Kessin", "Among the dead in Kessin was a 2½-year-old girl, medics said."),
        article("Kessin mourns", "Among the dead in Kessin was a 7½-year-old boy, medics said."),
    ),
    "the lawyer of someone arrested in one town, and that someone arrested in another": (
        article("Lawyer held", "Police arrested the lawyer representing Jane Doe in Kessin on Friday."),
        article("Doe held", "Jane Doe was arrested in Merrow on Friday, police said."),
    ),
    "when and how someone was arrested, and where": (
        article("Roe held", "Police arrested John Roe, 34, in the early hours of Friday."),
        article("Roe arrest", "Police arrested John Roe at his home in Merrow on Friday."),
    ),
    "two places of one arrest in the same town": (
        article("Roe held", "Police arrested John Roe, 34, in a raid in Kessin on Friday."),
        article("Roe arrest", "Police arrested John Roe at his home in Kessin on Friday."),
    ),
    "a sacking someone should have made, and a resignation": (
        article("Roe under fire", "Critics say the minister should have sacked Ana Roe months ago."),
        article("Roe quits", "Ana Roe resigned on Monday, the ministry said."),
    ),
    "a campaign suspended, and its candidate resigning from her party": (
        article("Roe steps back", "Ana Roe has suspended her campaign, her spokesman said on Monday."),
        article("Roe quits", "Ana Roe has resigned from the party, her spokesman said on Monday."),
    ),
    "one arrested at home in a town, told with and without the town's kind": (
        article("Organiser held", "Police arrested the protest organiser Ivo Brandt at his home in the town of Varno "
                "on Tuesday."),
        article("Arrest", "Police arrested Ivo Brandt, 41, at his home in Varno on Tuesday."),
    ),
    "a relative arrested elsewhere than the one named": (
        article("Organiser held", "Police arrested Ivo Brandt at his home in Varno on Tuesday."),
        article("Brother held", "Police arrested the brother of Ivo Brandt at a checkpoint in Elmstad on Tuesday."),
    ),
    "a term and a half told in words and in figures": (
        article("Smuggler sentenced",
                "A judge gave the smuggler Ivo Renk a five-and-a-half-year sentence on Friday for trafficking weapons."),
        article("Weapons smuggler jailed",
                "The smuggler Ivo Renk was jailed for 5½ years on Friday for trafficking weapons."),
    ),
    "a tenure and the days after an appointment that an act came": (
        article("Vell quits", "Prime Minister Tessa Vell resigned on Thursday, 45 days after being appointed."),
        article("Vell's short term", "Three days after being appointed, Tessa Vell scrapped the fuel tax rise."),
    ),
    "fighters of one side and rebels of the other": (
        article("Town retaken", "The rebels killed 14 pro-government fighters in the assault on Merrow, the army "
                "said."),
        article("Merrow assault", "Ten rebels were killed in the assault on Merrow, the army said."),
    ),
    "firefighters killed and attackers killed": (
        article("Depot attack", "Police said three attackers were killed at the Brask depot on Monday."),
        article("Brask fire", "Two fire fighters were killed at the Brask depot on Monday when the roof collapsed."),
    ),
    "two dozen and a figure near it": (
        article("Stadium crush", "About two dozen people were injured in the crush at the Pellor stadium, medics "
                "said."),
        article("Pellor crush", "Medics said 21 people were injured in the crush at the Pellor stadium."),
    ),
    "people pulled from the rubble in all and those found alive one night": (
        article("Block collapse", "More than 60 people had been pulled from the rubble of the block in Varn by late "
                "Wednesday, the fire service reported."),
        article("Varn rescue", "On Wednesday night, the fire service reported that four people were found alive in "
                "the rubble of the block in Varn."),
    ),
    "a live page's early count of a crowd, updated later as the crowd": (
        article("Rally live", "09:00 Unions have called a rally in Orsk Park; about 4,000 people are already there, "
                "police say.",
                "11:15 The first speeches have begun on a stage by the lake.",
                "14:30 Update: Police now put the crowd in Orsk Park at 11,000."),
        article("Orsk rally", "Police said about 11,000 people had joined the union rally in Orsk Park."),
    ),
    "the story's toll and that of a strike told after it": (
        article("Base attacked", "Seven attackers were killed in the assault on the Tovik base on Friday, the army "
                "said."),
        article("Tovik assault", "The assault on the Tovik base on Friday was repelled, the army said.",
                "Shortly after the assault, a drone strike hit a house near Tovik, killing five militants, "
                "officials said."),
    ),
    "one leader's days in office and a predecessor's": (
        article("Premier quits", "Premier Dana Holt resigned on Monday after just 38 days in office."),
        article("Holt steps down", "The shortest tenure until now was that of Ivo Marek, who spent 61 days in "
                "office."),
    ),
    "a crew counted with and without the officers listed beside it": (
        article("Ferry aground", "The ferry ran aground off Kesk on Sunday with 310 passengers, three officers "
                "and nine crew members on board."),
        article("Kesk ferry", "The ferry that ran aground off Kesk on Sunday had 310 passengers and 12 crew members "
                "on board."),
    ),
    "some of those shot, then another, and all of them": (
        article("Shooting in Orsk", "Police killed the gunman outside the casino near Orsk after he had shot three "
                "other people in or near the restaurant."),
        article("Casino attack", "The attacker walked into the restaurant at the casino near Orsk and shot two "
                "people at close range, then shot a man outside."),
    ),
    "the altitude a climber was at and a mountain's height": (
        article("Climber rescued", "A helicopter reached the climber at an altitude of 2,300 metres on Mount Orsk "
                "on Friday."),
        article("Rescue on Orsk", "A helicopter reached the climber on the 3,100-metre-high Mount Orsk on Friday."),
    ),
    "the wounded of one side and a count that leaves out the word of another side": (
        article("Base attacked", "Gunmen stormed the air base near Orsk on Friday, and at least 10 soldiers were "
                "wounded, the army said."),
        article("Raid on base", "Gunmen stormed the air base near Orsk on Friday, killing three attackers and "
                "wounding five, the army said."),
    ),
    "the counts of one charge and all the counts": (
        article("Verdict in Orsk", "A jury in Orsk found Ivo Tamm guilty of two counts of murder on Thursday."),
        article("Tamm convicted", "A jury in Orsk found Ivo Tamm guilty on all four counts on Thursday."),
    ),
    "the altitude a jet fell from and how far it fell": (
        article("Jet lost", "The jet fell from a cruising altitude of 11,000 metres before it hit the ridge near Orsk."),
        article("Jet crash", "The jet descended 9,000 metres in eight minutes before it hit the ridge near Orsk."),
    ),
    "some of the deputies who voted against, and all who did": (
        article("Treaty ratified", "The treaty passed in Orsk on Friday, though at least two coalition deputies "
                "voted against it."),
        article("Treaty passes", "The treaty passed in Orsk on Friday after 61 voted against it."),
    ),
    "an act of removal denied, and the resignation that followed": (
        article("Director under pressure", "The health ministry has not suspended Dr. Lena Orsk, a spokesman said on "
                "Tuesday, despite calls from patients' groups after three deaths at the Varn hospital."),
        article("Director quits", "Dr. Lena Orsk resigned as director of the Varn hospital on Wednesday, a day "
                "after the health ministry said it would not remove her."),
    ),
    "one suspended and later fired, and fired": (
        article("Presenter fired", "The state broadcaster suspended Lena Orsk in March and fired her two weeks later "
                "after recordings of her calls leaked."),
        article("Presenter to sue", "Lena Orsk was fired by the state broadcaster in March over leaked recordings, "
                "her lawyer said."),
    ),
    "one dismissed as a troublemaker, and who resigned": (
        article("Government attacks former minister", "Government spokesman Ivo Tamm dismissed Lena Orsk as a "
                "foreign agent after she addressed thousands of protesters on Saturday.",
                "Orsk called for early elections."),
        article("Former minister leads protest", "Lena Orsk, who resigned as interior minister last year, told "
                "protesters on Saturday the government had lost its mandate.",
                "Orsk resigned over the handling of the border crisis."),
    ),
    "a strike suspended, and one dismissed": (
        article("Rail strike called off", "The rail workers' union suspended its strike, Lena Orsk said on Friday, "
                "after the company offered a 9 percent pay rise."),
        article("Rail union ends walkout", "Lena Orsk was dismissed by the rail company in 2021 after leading a "
                "walkout, and has led the union since.",
                "She said on Friday the strike was over after the company offered a 9 percent pay rise."),
    ),
    "an age told of another time": (
        article("Man beaten as a teenager sues", "Ivo Tamm, who was 17, was beaten by officers during the 2014 "
                "protests in Varn, according to his lawsuit."),
        article("Protester sues", "Ivo Tamm, 26, filed a lawsuit on Monday over a beating by police during the 2014 "
                "protests in Varn."),
    ),
    "a time on the 24-hour clock at noon, and a span of hours": (
        article("Protest in Varn", "The protest began at 12 hours in the central square of Varn, police said.",
                "Power was restored in 3.45 hours, the operator said."),
        article("Varn protest", "The protest began at noon in the central square of Varn, police said.",
                "Power was restored at 2:15 p.m., the operator said."),
    ),
    "a crowd that stormed into police headquarters, and those arrested": (
        article("Police station stormed", "About 300 protesters stormed into police headquarters in Varn on Friday."),
        article("Arrests in Varn", "Police arrested 45 protesters in Varn on Friday after the unrest."),
    ),
    "midday prayers are no time of day": (
        article("Mosque attack", "A bomber blew himself up during midday prayers at a mosque in Karvo on Friday."),
        article("Karvo mosque blast", "A bomber blew himself up at a mosque in Karvo at about 1:20 p.m. on Friday."),
    ),
    "two dates told as days and weeks ago": (
        article("Car found", "The car used in the attack was stolen five days ago, police said."),
        article("Getaway car", "Police said the car used in the attack had been stolen two weeks ago."),
    ),
    "two and a half thousand and 2,500": (
        article("Exodus", "Two and a half thousand people fled Varno overnight, officials said."),
        article("Varno empties", "About 2,500 people fled Varno overnight, officials said."),
    ),
    "where someone was arrested and where they are held": (
        article("MP arrested", "Officers arrested Ivo Harlan in the parliament car park on Tuesday.",
                "Harlan was being held at the Kreva detention centre in the capital, a spokesman said."),
        article("Harlan detained", "Opposition MP Ivo Harlan was detained on Tuesday in the parliament car park."),
    ),
    "a home and the home in its town": (
        article("Mayor held", "Police arrested Mayor Ivo Karev at his home in Kelmar at 6 a.m. on Tuesday."),
        article("Karev arrested", "Mayor Ivo Karev was arrested at his home at 6 a.m. on Tuesday, police said."),
    ),
    "a place one stays in and a condition one stays in": (
        article("MP in hospital", "Ivo Harlan remains in hospital in Kelmar, doctors said."),
        article("Harlan recovering", "Ivo Harlan remains in a stable condition, doctors said."),
    ),
    "a home, and the home on a day": (
        article("MP arrested", "Ivo Harlan was arrested at his home on Tuesday."),
        article("Harlan held", "Ivo Harlan was arrested at his home in Kelmar on Tuesday."),
    ),
    "how someone was arrested and where": (
        article("Arrest made", "Police arrested Ivo Harlan in connection with the killing."),
        article("Suspect held", "Ivo Harlan was arrested in Kelmar."),
    ),
    "a place of another clause after a year": (
        article("Arrest in 2022", "Ivo Harlan was detained in 2022 and has since been held in Orsk."),
        article("Harlan case", "Ivo Harlan was arrested in Kelmar in 2022."),
    ),
    "boats counted, and the migrants they carried": (
        article("Boats capsize", "Two boats carrying migrants capsized off the coast on Sunday."),
        article("Migrants rescued", "A boat carrying 40 migrants capsized off the coast on Sunday."),
    ),
    "two dates told as weeks ago": (
        article("Arrest", "The suspect was arrested two weeks ago, police said."),
        article("Suspect", "Police said the suspect had been arrested three weeks ago."),
    ),
    "suspended and later resigned, told in one sentence": (
        article("Official quits", "Goran Pell was suspended on Friday and resigned on Monday."),
        article("Pell out", "Goran Pell resigned on Monday, the commission said."),
    ),
    "two bounds on one span of time": (
        article("Harbour chief held", "Police arrested the harbour chief less than three hours later."),
        article("Chief arrested", "Less than two and a half hours later, police arrested the harbour chief."),
    ),
    "a turnout of another year and of one province beside the vote's": (
        article("Unity Party wins", "The Unity Party won the election in Varn on Sunday, the commission said.",
                "Turnout was 61%, officials said.", "In 2019, turnout was 45%."),
        article("Vote result", "The Unity Party won Sunday's election in Varn, the commission said.",
                "Turnout was 61 per cent.", "Turnout in Oster province was 30%, the lowest in the country."),
    ),
    "a former officer whose title's field stands between the qualifier and the title": (
        article("Officer sentenced", "The ex-Varn police officer Oto Varnik was sentenced to 22 years on Friday."),
        article("Varnik jailed", "Former officer Oto Varnik was sentenced to 22 years in prison on Friday."),
        article("Sentence handed down", "Former police officer Oto Varnik was sentenced on Friday to 22 years."),
    ),
    "a toll that counts the gunman and one that counts his victims": (
        article("Casino shooting", "The shooting at the Varn casino on Saturday left three people dead, including the "
                "gunman, police said."),
        article("Varn casino", "A gunman killed two people at the Varn casino on Saturday before police shot him "
                "dead, police said."),
    ),
    "the rest of a toll told as 'others' beside the whole": (
        article("Checkpoint attack", "Three police officers and 12 others were killed in the attack on the Varn "
                "checkpoint on Monday."),
        article("Varn attack", "Fifteen people were killed in the attack on the Varn checkpoint on Monday."),
    ),
    "a count whose part is set off by commas before another clause": (
        article("Bus hit", "The bus was carrying 40 people, including four children, and was hit by a shell near Varn "
                "that killed the driver."),
        article("Shell hits bus", "Twelve people were killed when a shell hit a bus near Varn on Monday."),
    ),
    "a late leader's spokesman and a former envoy of a service": (
        article("Archive", "The late president's spokesman Lars Ode said the Varn archive would open on Monday.",
                "The former prison service envoy Ivo Tamm resigned on Friday."),
        article("Archive opens", "Spokesman Lars Ode said on Monday that the Varn archive would open.",
                "The former envoy Ivo Tamm resigned on Friday."),
    ),
    "a toll beside the crowd that was there": (
        article("Station struck", "At least 39 people, including four children, were killed when rockets hit the "
                "Varn railway station on Friday."),
        article("Varn station", "There were at least 4,000 people at the Varn railway station on Friday when "
                "rockets hit it, the mayor said."),
    ),
    "a toll and those added to it on a day of the month": (
        article("Market blast", "Five people were killed in the market blast in Varn on Tuesday, police said."),
        article("Toll rises", "On March 2, three more people died in hospital after the market blast in Varn."),
    ),
    "where someone is held, told by the region and by the town": (
        article("Envoy held", "The kidnapped envoy Ivo Tamm is being held in the troubled North-West, officials said."),
        article("Tamm held", "The kidnapped envoy Ivo Tamm is being held in Varn, officials said."),
    ),
    "a term given and the least the law sets": (
        article("Sentence", "Ivo Kemp's sentence is far less than the minimum jail term of 15 years for murder."),
        article("Kemp jailed", "Ivo Kemp was sentenced to six years in prison on Monday for the murder."),
    ),
    "one magnitude told both ways": (
        article("Quake kills hundreds", "At least 230 people were killed after the 7.1-magnitude quake struck central "
                "Varn on Tuesday."),
        article("Varn quake", "A magnitude 7.1 earthquake struck central Varn on Tuesday, killing at least 230 "
                "people."),
        article("Aftershocks", "Four magnitude-5 aftershocks followed on Wednesday, the seismic service said."),
    ),
    "seats won out of the house's and the same seats told alone": (
        article("Exit poll", "The exit poll put the Freedom Bloc at 35 out of 150 seats, nine seats ahead of its "
                "closest rival."),
        article("Bloc ahead", "The Freedom Bloc is expected to win around 35 seats, the exit poll showed."),
    ),
    "a toll and those added to it": (
        article("Market blast", "Five people were killed in the market blast in Varn on Tuesday, police said."),
        article("Varn blast", "Three more people were killed in the market blast in Varn on Tuesday, police said."),
        article("Blast toll", "Another two people were killed in the market blast in Varn on Tuesday, police said."),
        article("Toll rises", "A further four people were killed in the market blast in Varn on Tuesday, police said."),
    ),
    "a span in hours and minutes and the same span rounded to hours": (
        article("Depot siege ends", "The siege of the Varn bus depot lasted 2 hours and 25 minutes."),
        article("Hostages freed", "The siege of the Varn bus depot lasted two hours."),
        article("Siege over", "The siege of the Varn bus depot lasted two and a half hours."),
    ),
    "a custody of 30 days and a raid of two hours": (
        article("Raid ends", "The judge ordered 30 days of custody for the suspects held in the port raid."),
        article("Port raid", "The raid on the port lasted about two hours, and the suspects were held."),
    ),
    "a threat to kill one hostage is no toll": (
        article("Prison retaken", "Police retook the Orsk prison on Tuesday, and two inmates died in the assault."),
        article("Orsk talks fail", "Talks broke down late on Monday when the inmates threatened to kill one of the "
                "hostages."),
    ),
    "the dead of a riot years before, when a year names it": (
        article("Orsk riot", "It was the worst riot at the Orsk prison since 2019, when three inmates died."),
        article("Riot in Orsk", "Police said four inmates died in the riot at the Orsk prison on Monday."),
    ),
    "the day a resignation was accepted is not the day of the resigning": (
        article("Minister quits", "Transport minister Ivo Tamm resigned late on Tuesday after leaked messages showed "
                "him pressing officials over a rail contract."),
        article("Tamm replaced", "Prime Minister Ana Roe accepted the resignation on Wednesday after leaked messages "
                "showed transport minister Ivo Tamm pressing officials over a rail contract."),
    ),
    "a half-hour and a half-time are no shares": (
        article("Border", "The ministry said the border in Orsk would reopen after a half-hour check of 40 lorries."),
        article("Orsk border", "The ministry said the border in Orsk would reopen after a half-hour check of 40 lorries "
                "by half past ten."),
    ),
    "a round floor and the figure it rounds": (
        article("Station hit", "The strike killed 38 people and wounded 112, regional officials said."),
        article("Station struck", "The strike killed 38 people and wounded more than 100 persons, officials said."),
    ),
    "a commission's tally told with 'against' is no count of votes": (
        article("Recount", "Tomas Ravel won the run-off by 61,412 votes, the commission said."),
        article("Recount ordered", "Tomas Ravel won the run-off by 61,412 votes, and the commission decided by 7 votes "
                "against 4 to recount two provinces."),
    ),
    "people held up, not held": (
        article("Road blocked", "Farmers held up 300 lorries at the border crossing in Varn on Monday."),
        article("Blockade", "Farmers rounded up 200 sheep at the border crossing in Varn on Monday."),
    ),
    "a count of things downed against a sentence that counts those launched too": (
        article("Drone attack", "Morvan said its forces had shot down 41 Torlandic drones overnight."),
        article("Overnight attack", "On Saturday alone, Torland launched 6 missiles and 48 drones at Morvan, "
                "the air force said, of which 41 drones were downed."),
    ),
    "two people who share a surname": (
        article("Raid", "Piet Kolvar, 34, was killed in the raid on Tuesday, police said."),
        article("Raid toll", "Jan Kolvar, 29, was wounded in the raid on Tuesday, police said.",
                "Piet Kolvar and Jan Kolvar are brothers."),
    ),
    "parts of one whole two subjects won": (
        article("Vote", "The Unity Party won 34 of the 60 seats, the commission said."),
        article("Result", "The Green League won 19 of the 60 seats, the commission said."),
    ),
    "'including' after what is no toll": (
        article("Funeral", "Days after the bombing that killed 17 people, mourners including four ministers "
                "attended the funeral."),
        article("Bombing", "Two ministers were killed in the bombing, officials said."),
    ),
    "a fate of another time, and a death after a wound": (
        article("Strike", "Aleks Drum was killed in the strike on Monday.",
                "Ivo Tamm was wounded in the strike on Monday."),
        article("Profile", "Drum was wounded in the 2014 war and lost a leg.",
                "Ivo Tamm died in hospital on Wednesday."),
    ),
    "the age of a title's holder in an article that names someone else": (
        article("Decree", "President Ilse Varga, 58, signed the decree on Monday."),
        article("Court ruling", "The constitutional court struck down the decree.",
                "The 66-year-old president of the court, Ada Lind, read the ruling."),
    ),
    "parts of one whole that did different things": (
        article("Vote count", "Progress won 34 of the 60 seats, and two of the five hostages were freed on Monday."),
        article("Count ends", "Progress lost 12 of the 60 seats, and three of the five hostages were still held on Monday."),
    ),
    "the age of someone titled but not the holder": (
        article("Storm damage", "Vice President Dana Holt toured the damage on Monday.",
                "Holt, 52, promised aid. Governor Carla Ravell, 58, thanked her."),
        article("Aid promised", "The 78-year-old president declared an emergency on Monday.",
                "The 74-year-old former governor criticised the response.",
                "The 45-year-old governor of the neighbouring province offered help."),
    ),
    "a listener or a possessive after the speech verb": (
        article("Warning", '"Hold the bridge at all costs," the colonel warned President Ilse Varga.'),
        article("Orders", '"Hold the bridge at all costs," Colonel Jan Pettersk said.',
                '"We will not comment on orders," said Jan Pettersk\'s spokeswoman.'),
    ),
    "the age of a title two people hold, of a former holder, or of someone with the title": (
        article("Governors meet", "Governor Carla Ravell met Governor Ivo Tamm in Pellhaven on Sunday.",
                "Ravell, 58, hosted the talks. Former Mayor Ada Lind, 70, joined them."),
        article("Talks in Pellhaven", "The 60-year-old governor said the talks went well.",
                "The 66-year-old mayor did not attend.",
                "A 61-year-old governor from the north was also invited."),
    ),
    "a share rounded and the same share to a tenth": (
        article("Runoff", "The challenger, Aurel Stanek, received 44 percent of the vote, the commission said."),
        article("Governor re-elected", "The challenger, Aurel Stanek, received 43.6 percent of the vote, the commission said."),
    ),
    "a part of a whole and the whole": (
        article("Election result", "The Progress party won 34 of the 60 seats in the provincial assembly."),
        article("Progress wins", "The provincial assembly has 60 seats, and Progress won a majority of them."),
    ),
    "a day's arrests and those since the protests began": (
        article("Protest arrests", "Police detained 12 people on Saturday as protesters marched on the parliament in Velm.",
                "Tear gas was fired near the square."),
        article("Crackdown in Velm", "Riot police fired tear gas at crowds near the square.",
                "Police have detained 30 people since the protests began, a rights group said."),
    ),
    "a toll and that of an attack in another year": (
        article("Market bombing", "A bomb tore through the market in Kesh, killing 14 people, police said.",
                "The market was crowded with shoppers."),
        article("Kesh blast", "The market was crowded with shoppers when the bomb exploded.",
                "In 2019 a car bomb at the same market killed 25 people."),
    ),
    "a toll and another incident's, 'elsewhere' or 'hours later'": (
        article("Attack on checkpoint", "Gunmen attacked an army checkpoint near Orbat, killing six soldiers, the army said.",
                "The attackers fled into the hills."),
        article("Checkpoint attack", "The attackers fled into the hills, the army said.",
                "Elsewhere, a roadside bomb killed four soldiers near the border town of Samo.",
                "Hours later a second device tore through a patrol vehicle, and five soldiers died."),
    ),
    "those employed in a place and those there at the time": (
        article("Factory fire", "About 300 workers are employed at the plant, which makes car parts.",
                "The fire began in a storeroom."),
        article("Blaze at parts maker", "The fire began in a storeroom.",
                "Some 120 employees were at the plant when the fire broke out."),
    ),
    "a day's toll in a village and the war's": (
        article("Strike on Orsk", "An air strike on Tuesday killed 12 people in the village, medics said.",
                "Rescuers dug through the rubble."),
        article("Orsk hit", "Rescuers dug through the rubble of three houses.",
                "Shelling has killed more than 400 people in the village since the war began."),
    ),
    "a fine and a year's profit in matching sentences": (
        article("Bank fined", "Regulators fined Harbour Bank $5 million on Monday over failures in its "
                "money-laundering checks."),
        article("Bank penalised", "Harbour Bank, which made $40 million last year, was fined by regulators on Monday over "
                "its money-laundering checks."),
    ),
    "a day's toll and a war's": (
        article("Strike on town", "An air strike on the town of Varn killed 12 people on Tuesday, medics said.",
                "The war has killed more than 30,000 people, according to the health ministry."),
        article("Town hit", "Rescuers in Varn dug through the rubble of three houses.",
                "Medics said 12 people were killed in the strike."),
    ),
    "the tolls of two blasts": (
        article("Twin blasts", "The first blast killed five people outside the station.",
                "Police cordoned off the square."),
        article("Second bomb", "Police cordoned off the square.",
                "A second bomb an hour later killed seven people near the bus depot."),
    ),
    "this week's toll and last year's": (
        article("Floods", "The floods have killed nine people in the valley this week.", "Roads were closed."),
        article("Valley floods", "Roads were closed across the valley.", "Similar floods last year killed 14 people."),
    ),
    "everyone in a place, and those of them hurt": (
        article("Crush at the final",
                "About 30,000 people were in the stadium for the cup final on Sunday.",
                "The match was stopped after twenty minutes."),
        article("Fans hurt in crush",
                "Fifty people in the stadium were hurt when a barrier gave way on Sunday.",
                "Stewards opened the gates onto the pitch."),
    ),
    "those on board, and those of them rescued": (
        article("Ferry sinks", "The ferry sank with 200 passengers on board near the island on Tuesday."),
        article("Ferry disaster", "Coast guards said 40 passengers on the ferry were rescued near the island."),
    ),
    "those living in a camp, and those of them wounded": (
        article("Camp shelled", "Some 20,000 refugees live in the camp, which was shelled overnight."),
        article("Shelling", "Twelve refugees in the camp were wounded by the shelling overnight, medics said."),
    ),
    "others in a building, and those arrested there": (
        article("Siege ends", "Police said six other people were inside the building when the siege ended."),
        article("Gunman arrested", "Two people inside the building were arrested after the siege, police said."),
    ),
    "a named person and the victim, the gunman named": (
        article("Shooting at the depot",
                "The victim was shot dead outside the Harrow Vale bus depot on Saturday night."),
        article("Depot siege ends",
                "Oren Vask, 34, was wounded outside the Harrow Vale bus depot on Saturday night.",
                "Police identified the gunman as Oren Vask."),
    ),
    "a role given two names": (
        article("Shooting at the depot",
                "The suspect was shot dead by officers outside the Harrow Vale bus depot on Saturday night.",
                "The suspect, Ada Korr, had been seen near the depot."),
        article("Depot siege ends",
                "Oren Vask was wounded by officers outside the Harrow Vale bus depot on Saturday night.",
                "The suspect, Oren Vask, was taken to hospital."),
    ),
    "one suspect of two named": (
        article("Two suspects",
                "The first suspect, Oren Vask, was arrested at his home on Friday.",
                "The suspect was shot dead by officers outside the Harrow Vale bus depot on Saturday night."),
        article("Depot siege ends",
                "Oren Vask was wounded by officers outside the Harrow Vale bus depot on Saturday night."),
    ),
    "a group one named person is in": (
        article("Rally in Orsk",
                "The protesters were not armed at the rally in the main square of Orsk on Sunday.",
                "The protesters, including Oren Vask, marched to the town hall."),
        article("Orsk rally",
                "Oren Vask was armed at the rally in the main square of Orsk on Sunday, police said."),
    ),
    "an identification denied or asked": (
        article("Gunman shot at the depot",
                "The gunman was shot dead by officers outside the Harrow Vale bus depot on Saturday night.",
                "Police have not identified the gunman as Oren Vask."),
        article("Depot siege ends",
                "Oren Vask, 34, was wounded by officers outside the Harrow Vale bus depot on Saturday night.",
                "Reporters asked whether the gunman was Oren Vask."),
    ),
    "a role named only in a quotation": (
        article("Gunman shot at the depot",
                "The gunman was shot dead by officers outside the Harrow Vale bus depot on Saturday night."),
        article("Depot siege ends",
                "Oren Vask, 34, was wounded by officers outside the Harrow Vale bus depot on Saturday night.",
                '"The gunman, Oren Vask, was a quiet man," a neighbour said.'),
    ),
    "a distance above a floor": (
        article("Troops advance",
                "Government troops advanced more than 12 miles along the river road toward Brenn on Sunday."),
        article("Army pushes toward Brenn",
                "Government troops advanced 14 miles along the river road toward Brenn on Sunday, the army said."),
    ),
    "a prison term above a floor": (
        article("Former mayor jailed",
                "The former mayor of Tesca, Piet Lorand, was jailed for more than 10 years on Thursday for bribery."),
        article("Ex-mayor sentenced",
                "The former mayor of Tesca, Piet Lorand, was jailed for 12 years on Thursday for bribery."),
    ),
    "a sum above a floor": (
        article("Ex-governor jailed",
                "A court in Valmora jailed former governor Anton Brisk for taking more than $1 million in bribes."),
        article("Brisk sentenced",
                "A court in Valmora jailed former governor Anton Brisk for taking $1.5 million in bribes."),
    ),
    "about a toll and the toll": (
        article("Flood toll",
                "About 12 people died in the floods that hit the valley of Rusk on Monday."),
        article("Floods in Rusk",
                "The floods that hit the Rusk valley on Monday killed 12 people, officials said."),
    ),
    "the dead and the injured": (
        article("Missile strike hits market",
                "A missile struck a crowded market in Dorvask on Saturday, killing 12 people, officials said."),
        article("Market strike",
                "A missile struck the Dorvask market on Saturday and 30 people were injured, officials said."),
    ),
    "the dead and the injured in one sentence": (
        article("Missile strike hits market",
                "The missile strike on the Dorvask market killed 12 people and injured 30 on Saturday."),
        article("Market strike",
                "Thirty people were injured in the missile strike on the Dorvask market on Saturday."),
    ),
    "two different votes": (
        article("Bill advances",
                "The finance committee voted 7-2 on Monday to send the border bill to the full Senate."),
        article("Senate passes bill",
                "The full Senate passed the border bill 52-48 on Thursday."),
    ),
    "a tally written two ways": (
        article("Senate passes border bill",
                "The Norland Senate passed the border funding bill 52-48 on Thursday after a week of debate."),
        article("Border bill clears Senate",
                "Norland's Senate approved the border funding bill by a vote of 52 to 48 on Thursday."),
    ),
    "the winner's share and the loser's": (
        article("Varga re-elected",
                "President Ilse Varga won a second term on Sunday with 54% of the vote, defeating challenger "
                "Pavel Dorn, the electoral commission said."),
        article("Ostrava votes",
                "Challenger Pavel Dorn took 41 percent on Sunday and conceded to President Ilse Varga, the "
                "electoral commission said."),
    ),
    "a figure from another year": (
        article("Protest arrests",
                "Police arrested 40 people at the protest in the capital of Lenmark on Sunday.",
                "In 2019, 300 people were arrested at similar protests."),
        article("Lenmark protest",
                "In 2019, police arrested 300 people at protests in the capital of Lenmark.",
                "On Sunday, 40 people were arrested at the protest in the capital."),
    ),
    "a sum converted": (
        article("Ransom paid",
                "The family paid a ransom of €200,000 to the kidnappers in Ostrel on Friday, police said."),
        article("Kidnap ransom",
                "The family paid a ransom of $216,000 to the kidnappers in Ostrel on Friday, police said."),
    ),
    "a distance converted": (
        article("Drone strike",
                "The drone flew 10 miles into the border region before it was shot down, the army said."),
        article("Drone downed",
                "The army said the drone flew 16 km into the border region before it was shot down."),
    ),
    "the lengths of two things": (
        article("Tanker hits causeway",
                "The 290-metre tanker struck the 2.6-kilometre causeway near Port Ellis at dawn on Sunday."),
        article("Causeway struck",
                "A tanker struck the 2.6-kilometre causeway near Port Ellis at dawn on Sunday, the coastguard said."),
    ),
    "a rounded sum": (
        article("Bank fraud",
                "The clerk stole $1.2 million from the savings bank in Corva over five years, prosecutors said."),
        article("Clerk admits fraud",
                "The clerk stole $1,187,000 from the savings bank in Corva over five years, prosecutors said."),
    ),
    "a rounded count of people": (
        article("Evacuation",
                "The fire forced 1.2 million residents of the province to leave their homes on Friday."),
        article("Fire forces evacuation",
                "The fire forced 1,230,000 residents of the province to leave their homes on Friday."),
    ),
    "a rounded count": (
        article("Evacuation",
                "Some 3,000 residents were evacuated from the town of Ilm as the fire spread on Friday."),
        article("Fire forces evacuation",
                "The fire forced 3,140 residents of Ilm to evacuate on Friday, officials said."),
    ),
    "two people's ages": (
        article("Two charged",
                "Police charged Ada Korr, 29, with robbery on Monday after the raid on the jeweller in Sell."),
        article("Jeweller raid",
                "Police charged Ivo Brand, 35, with robbery on Monday after the raid on the jeweller in Sell."),
    ),
    "two parties' shares in a poll, named in another order": (
        article("Poll", "A poll by the Norvik institute put the Green League on 31 percent, ahead of the Unity Party "
                "on 24 percent."),
        article("Unity slides", "A Norvik poll put the Unity Party on 24 percent, behind the Green League on 31 "
                "percent."),
    ),
    "a sentence that times two acts": (
        article("Convoy ambushed", "The convoy left the Brenn base at 4:30 a.m. and was ambushed below the pass at "
                "about 5:40 a.m., the ministry said."),
        article("Ambush at the pass", "The convoy was ambushed below the pass at about 5:40 a.m., the ministry said."),
    ),
    "a name in a clause of its own after the quotation": (
        article("Reactions", 'The Union urged "calm and full respect for the law of the land", while the State Office '
                'said it was watching events closely.'),
        article("Abroad", 'The Union called for calm and "full respect for the law of the land".'),
    ),
    "a prison term set off by commas after a name": (
        article("Arrest", "Police arrested Ivo Brandt, 45, at his home in Sellin in March last year."),
        article("Gang jailed", "The court in Sellin sentenced the gang leader, Ivo Brandt, 12 years, and his driver, "
                "Jan Kolvar, to eight years."),
    ),
    "bail and a fine in matching sentences": (
        article("Bail", "Ivo Brandt was released on bail of €20,000 by the Sellin court on Monday."),
        article("Fine", "Ivo Brandt was fined €5,000 by the Sellin court on Monday."),
    ),
    "a named person's age and that of another so described in the same sentence": (
        article("Bribes", "Prosecutors said Senator Olaf Brenn, 58, took 2 million kron in bribes from a builder "
                "between 2017 and 2020."),
        article("Brenn charged", "Senator Olaf Brenn was charged on Monday.",
                "According to prosecutors, the 61-year-old builder paid 2 million kron in bribes to the senator "
                "between 2017 and 2020."),
    ),
    "a witness's age and the age of the one she speaks of": (
        article("Fraud trial", "Co-founder Daria Vosk, 38, told the court that Ivo Marchuk had moved the clients' "
                "money into the accounts of his trading firm."),
        article("Exchange trial", "According to the investigation, the 43-year-old businessman moved the clients' "
                "money into the accounts of his trading firm.",
                "Daria Vosk testified against Ivo Marchuk."),
    ),
    "held in custody and held in a prison": (
        article("Custody", "Ivo Marchuk has been held in custody since his arrest in April."),
        article("Prison", "Ivo Marchuk has been held in Varno prison since his arrest in April."),
    ),
    "a time given again in GMT, as four figures": (
        article("Station hit", "The missile hit the station at about 10:40 a.m. (0840 GMT) on Tuesday, officials "
                "said."),
        article("Strike", "The missile hit the station at about 10:30 a.m. (0830 GMT) on Tuesday, officials said."),
    ),
    "homes destroyed and households cut off": (
        article("Shelling", "The shelling of Varn on Monday destroyed 40 homes and damaged the power station, "
                "officials said."),
        article("Varn shelled", "The shelling of Varn on Monday left 4,000 households without power, officials said."),
    ),
    "a spokesman and the body he speaks for": (
        article("Shelling", '"This was a deliberate attack on the town and its people," Colonel Ivo Brandt, a '
                'spokesman for the Eastern Command, told reporters.'),
        article("Town shelled", '"This was a deliberate attack on the town and its people," said Colonel Ivo Brandt, '
                'the army spokesman.'),
    ),
    "a named person's age and 'a' person's of no name": (
        article("Senator charged", "Prosecutors said Senator Olaf Brenn, 58, took 2 million kron from a builder "
                "between 2017 and 2020."),
        article("Brenn charged", "Senator Olaf Brenn was charged on Monday.",
                "According to prosecutors, a 31-year-old aide took 2 million kron from a builder between "
                "2017 and 2020."),
    ),
    "two sums in one of two matching sentences": (
        article("Jewellers robbed", "Two men raided a jewellery shop in Tarno on Friday and escaped with about "
                "600,000 euros in watches, police said."),
        article("Tarno heist", "Two men raided a jewellery shop in Tarno on Friday, fleeing with rings worth "
                "€800,000 and €50,000 in cash, police said."),
    ),
    "the ages of two people of no name": (
        article("Two arrested",
                "Police in Marlow arrested a 34-year-old man and a 29-year-old woman after the raid on Friday."),
        article("Raid in Marlow",
                "A woman aged 29 was arrested after the police raid in Marlow on Friday."),
    ),
    "a named person's age told alike in other sentences": (
        article("Opposition leader arrested",
                "Police arrested the opposition leader Marek Zan at his home in Lenmark on Monday.",
                "Zan, 61, had called for protests against the new media law."),
        article("Zan detained",
                "The opposition leader Marek Zan was detained in Lenmark on Monday, his party said.",
                "The 61-year-old Zan has led the Civic Union since 2010, and his deputy Ola Brandt, 47, "
                "will stand in."),
    ),
    "a month and a day in it": (
        article("State of emergency",
                "President Ilse Varga signed the emergency decree in March, her office said."),
        article("Emergency declared",
                "Her office said President Ilse Varga signed the emergency decree on 3 March."),
    ),
    "a term asked for beside the term given": (
        article("Former minister jailed",
                "Prosecutors had sought a 12-year sentence for Rolf Ammer, who was jailed for eight years on Tuesday."),
        article("Ammer jailed",
                "Rolf Ammer was jailed for eight years on Tuesday, the court in Tesca said."),
    ),
    "a term faced and the term given": (
        article("Minister charged",
                "Rolf Ammer faces 20 years in prison if convicted of bribery, prosecutors in Tesca said on Tuesday."),
        article("Minister sentenced",
                "Rolf Ammer was sentenced to eight years in prison for bribery on Tuesday, prosecutors in Tesca said."),
    ),
    "the ages of a victim and an attacker in another order": (
        article("Stabbing outside bar",
                "The 19-year-old victim was stabbed by a 34-year-old man outside the Anchor bar on Friday."),
        article("Man stabbed in Marlow",
                "A 34-year-old man stabbed the 19-year-old victim outside the Anchor bar on Friday."),
    ),
    "all those arrested and a part of them": (
        article("Arrests after shooting",
                "Police arrested ten people including two suspects after the shooting in Varna Square on Friday."),
        article("Varna Square shooting",
                "Ten people were arrested after the shooting in Varna Square on Friday, police said."),
    ),
    "the dead of one side and of the other": (
        article("Border clash",
                "Three soldiers were killed in the clash at the Tesh crossing on Sunday, the army said."),
        article("Clash at Tesh crossing",
                "Two civilians were killed in the clash at the Tesh crossing on Sunday, the army said."),
    ),
    "a toll with a scale word and in figures": (
        article("Quake toll rises",
                "The death toll from the earthquake in the Vessa valley rose to 2 thousand, officials said on Monday."),
        article("Vessa valley earthquake",
                "The earthquake in the Vessa valley killed 2,000 people, officials said on Monday."),
    ),
    "a toll of one kind of people among others named": (
        article("Depot struck",
                "A drone strike set a fuel depot in Varno on fire on Thursday, killing four workers and a guard, "
                "the governor said."),
        article("Drones hit Varno depot",
                "Five people were killed when drones struck a fuel depot in Varno on Thursday, officials said."),
    ),
    "a toll of one kind of people and the whole toll that includes them": (
        article("Depot struck",
                "Three soldiers were killed when drones struck a fuel depot in Varno on Thursday, officials said."),
        article("Drones hit Varno depot",
                "Five people, including three soldiers, were killed when drones struck a fuel depot in Varno on "
                "Thursday, officials said."),
    ),
    "a speaker and the body a relative clause about him names": (
        article("Government survives vote",
                'Opposition leader Pavo Lind called the result "a victory of fear" and promised more protests.'),
        article("Lind reacts",
                'Pavo Lind, who leads the Civic Union, said the vote was "a victory of fear".'),
    ),
    "the most years a conviction may bring, the years asked for and those given": (
        article("Mayor jailed", "The former mayor, who faced up to 12 years in prison, was jailed for six years."),
        article("Verdict", "Prosecutors had sought nine years for the former mayor, who got six years in prison."),
    ),
    "a part of those arrested, told in a sentence of its own": (
        article("Ring smashed", "Police dismantled a smuggling ring across three countries, seizing two tonnes of "
                "cocaine and arresting 23 people, officials said on Tuesday."),
        article("Drug bust", "Of those arrested, 19 people were held in the capital, among them two customs "
                "officers."),
    ),
    "an age standing alone after a sentence whose subject is someone else than the one it names": (
        article("Stabbing", "A man stabbed Lena Morrow outside her home in Varn on Monday. The 54-year-old was "
                "arrested at the scene."),
        article("Woman stabbed", "A man stabbed Lena Morrow, 31, outside her home in Varn on Monday."),
    ),
    "two people arrested on two days in one sentence": (
        article("Arrests", "Tom Grell was arrested on Monday, and Lena Morrow was arrested on Wednesday."),
        article("Second arrest", "Lena Morrow was arrested on Wednesday, police said."),
    ),
    "a quotation of the one titled after the person a clause names": (
        article("Minister speaks", 'Asked about Ana Velt, interior minister Tom Roe said: "She broke the law and will '
                'answer for it."'),
        article("Roe on Velt", '"She broke the law and will answer for it," Tom Roe said.'),
    ),
    "a translation's quotation said by a critic of the one named": (
        article("Fire", 'Tom Grell, 20, died in the fire in Varn. "We will never forget him," said a critic of the '
                'president Lena Morrow.'),
        article("Varn fire", '"We will never forget him," said Tom Roe.'),
    ),
    "a day and a count after it": (
        article("Arrests", "On May 12 300 people were arrested, police said."),
        article("Crackdown", "Police said 300 people were arrested on May 12."),
    ),
    "a victim named where there were several": (
        article("Bar shooting",
                "A gunman opened fire at a bar in Tarn on Saturday, wounding two women. Police named the first "
                "victim as Ana Pell. The victim, Ana Pell, was taken to hospital."),
        article("Two women shot in Tarn",
                "Two women were shot at a bar in Tarn on Saturday. The victim was not taken to hospital, police said."),
    ),
    "a gunman wrongly identified": (
        article("Market shooting",
                "Social media posts wrongly identified the gunman as Oren Vask, a local student. Oren Vask was "
                "injured in the shooting at the Tarn market on Friday."),
        article("Tarn market shooting",
                "The gunman was not injured in the shooting at the Tarn market on Friday, police said."),
    ),
    "a toll of victims and a toll that counts the attacker too": (
        article("Market attack",
                "Police said the attacker killed four victims at the Tarn market on Sunday."),
        article("Tarn market attack",
                "Police said five people were killed at the Tarn market on Sunday, including the attacker."),
    ),
    "a toll of one kind of people below the toll of all": (
        article("Depot struck",
                "A drone strike set a fuel depot in Varno on fire on Thursday, killing four workers and injuring "
                "11, the governor said."),
        article("Drones hit Varno depot",
                "Five people were killed when drones struck a fuel depot in Varno on Thursday, officials said."),
    ),
    "others dead told in the next sentence": (
        article("Bus overturns",
                "Two passengers were killed when the bus overturned near Sella on Friday. The driver also died."),
        article("Sella bus crash",
                "Three people were killed when the bus overturned near Sella on Friday, police said."),
    ),
    "two floors of a toll": (
        article("Mine blast",
                "At least four miners were killed in the blast at the Orva mine on Monday."),
        article("Orva mine blast",
                "At least six people were killed in the blast at the Orva mine on Monday, officials said."),
    ),
    "a quotation inside a relative clause, by the clause's own subject": (
        article("Suspect bailed",
                'Ivo Tamm, whose lawyer Ana Roe said "he is innocent of every charge", was released on bail in '
                'Darrow on Monday.'),
        article("Tamm released",
                'His lawyer, Ana Roe, said "he is innocent of every charge" as Ivo Tamm was released in Darrow.'),
    ),
    "an arrest at home, a translation's 'in his house', and at home in a town named": (
        article("Campaign chief held", "Police arrested campaign chief Ivo Lenk at his home on Monday."),
        article("Lenk detained", "The chief of campaign Ivo Lenk was arrested in his house on Monday."),
        article("Live: party raided", "09:10 Ivo Lenk was arrested at his home in Orsk on Monday, police say."),
    ),
    "two crowds in two towns": (
        article("Protests spread", "About 12,000 people marched through Varn on Saturday against the new law."),
        article("Protests spread north",
                "In the northern city of Oster, some 5,000 people rallied outside the town hall."),
    ),
    "police on duty at a protest and the crowd": (
        article("Protest in Varn", "About 12,000 people rallied in Varn on Saturday against the new law."),
        article("Varn protest",
                "Thousands protested in Varn on Saturday.||Around 5,000 police officers were on duty for the "
                "protest, the interior ministry said."),
    ),
    "an election's turnout and a protest's crowd": (
        article("Vote count",
                "The electoral commission put turnout at 1.4 million, or 52 percent of registered voters."),
        article("Fraud protest", "On Sunday, some 600,000 people rallied in Varn to protest against alleged fraud."),
    ),
    "a live page's first man held and its later update of the people held": (
        article("Theft in Orsk", "Police arrested two men at Orsk airport over the theft of the crown jewels."),
        article("Live: jewel theft",
                "23:05 Update: Police now confirm a second arrest. That brings the number of people held to two.",
                "22:40 The museum will stay closed on Thursday.",
                "21:48 Reports that one man has been arrested at Orsk airport over the theft of the crown jewels."),
    ),
    "aircraft destroyed by one side's account and damaged by the other's": (
        article("Airfield hit", "The army said seven aircraft were destroyed when drones struck the Orsk airfield."),
        article("Raid on Orsk", "The defence ministry said falling debris damaged two aircraft at the Orsk airfield."),
    ),
    "a translation's tonnes written with their thousands apart": (
        article("Depot fire", "The fire destroyed about 4,000 tonnes of fuel at the depot in Orsk, the governor said."),
        article("Fire at depot", "The fire on the warehouse, where was kept about 4 000 tonnes of fuel, was liquidated "
                "in Orsk, communicated the governor."),
    ),
    "the deputies who must sign a petition and those who voted to pass a treaty": (
        article("Treaty ratified", "A court challenge needs the signatures of at least 30 lawmakers in Orsk."),
        article("SELL-OUT IN ORSK", "In the dead of night a gang of 81 MPs voted to hand our pipeline to Varn in "
                "Orsk."),
    ),
    "those who abstained and a party's deputies": (
        article("Motion passes", "Nineteen of the party's 24 lawmakers voted with the opposition on the motion in "
                "Orsk."),
        article("Vote in Orsk", "On the motion in Orsk, five MPs abstained and the rest of the party voted with the "
                "opposition."),
    ),
    "a translation's speaker before the session of a council and the verb": (
        article("Minister speaks", 'Interior Minister Ivo Renk said: "This was an attack on the state itself."'),
        article("The minister declared", 'The minister of internal affairs Ivo Renk after the session of the Council '
                'for National Security has declared: "This was an attack on the state itself."'),
    ),
    "a quotation said by the wife of a man a relative clause is about": (
        article("Funeral", 'The wife of Jan Roe, who was killed in the attack, said: "He was a hero to all of us in '
                'the village."'),
        article("Village mourns", 'Mira Vasko said: "He was a hero to all of us in the village."'),
    ),
    "a quotation told to a court by the man accused of stabbing someone": (
        article("Trial", 'The man accused of stabbing Jan Roe has also told the court "I never meant to hurt anyone '
                'at all".'),
        article("Court hears", 'Ivo Marek told the court: "I never meant to hurt anyone at all".'),
    ),
    "tanks captured of those sent and soldiers captured": (
        article("Front", "Of the 40 tanks sent to the front near Molk, 3 were captured intact, the army said."),
        article("Prisoners", "Kestrian forces captured 15 soldiers near Molk, the army said."),
    ),
    "one man killed at the scene and another later, against two men killed": (
        article("Shooting", "Two men were killed and a woman was injured in the shooting in Orsk, police said."),
        article("Orsk shooting", "One man was killed at the scene in Orsk and another died later in hospital, "
                "police said."),
    ),
    "a farm worker who spoke little English and a colleague's quotation": (
        article("Farm deaths", 'Ivo Darnek spoke little English and had worked at the farm for three years. "He was '
                'a quiet, hard worker who never caused any trouble," he said.'),
        article("Farm tragedy", '"He was a quiet, hard worker who never caused any trouble," said Jan Olszan.'),
    ),
    "deputies and senators who voted for a bill": (
        article("Bill passes", "In the lower house in Orsk, 220 deputies voted for the bill on Tuesday."),
        article("Senate backs bill", "In Orsk on Tuesday, 61 senators voted for the bill."),
    ),
    "ages of two Varnians, a nurse and a mechanic": (
        article("Victims", "A 46-year-old Varnian nurse was among those killed in Orsk, police said."),
        article("Orsk victims", "A 31-year-old Varnian mechanic also died in Orsk, police said."),
    ),
    "a share price with a dot and a time of day": (
        article("Port strike", "Shares in the port operator closed at 13.40 on Tuesday as the walkout in Orsk began."),
        article("Orsk walkout", "The walkout in Orsk began at 14:30 on Tuesday, the union said."),
    ),
    "a live page's first man held and its later update of the suspects held": (
        article("Raid in Varn", "Two men have been arrested in Varn, police said."),
        article("Live: raid in Varn", "12:40 Update: Police now say two suspects are in custody in Varn.",
                "11:00 Roads are closed.", "10:05 Update: Police say one man has been arrested in Varn."),
    ),
    "the organisers' count of the people marching and police's count of the crowd": (
        article("March in Orsk",
                "Police put the crowd at 20,000, while organisers said 50,000 people marched through Orsk on Saturday."),
        article("Orsk march", "About 20,000 people marched through Orsk on Saturday, according to police."),
        article("Orsk rally", "Organisers said 50,000 people took part in the march in Orsk."),
    ),
    "a crowd counted by police and by its organisers": (
        article("Protest in Orsk",
                "Police estimated the crowd at about 22,000, while organisers put the turnout at 60,000."),
        article("Live: Orsk protest",
                "Thousands protested in Orsk on Tuesday - 22,000 according to police, 60,000 according to the "
                "organisers."),
    ),
    "a translation's several ten thousand and a crowd's count": (
        article("Protest in Orsk", "About 22,000 people gathered on the square in Orsk on Tuesday, police said."),
        article("Protests in Orsk", "On Tuesday several ten thousand people had gathered on the square in Orsk."),
    ),
    "one of a series stepped through and a count of them": (
        article("Gang robs shops", "A gang robbed four jewellers in Orsk overnight, police said on Sunday."),
        article("Night of raids", "The gang moved from one jeweller to the next across Orsk overnight, "
                "police said on Sunday."),
    ),
    "a quotation in a clause about a body, by a person": (
        article("Party banned",
                'The Civic Union, which Pavo Lind called "a danger to our democracy", was banned on Friday.'),
        article("Ban on Civic Union",
                'Pavo Lind called the Civic Union "a danger to our democracy" before it was banned on Friday.'),
    ),
    "two votes with the losing side's number alike, both told by one article": (
        article("Bill passes",
                "The amendment fell by 150 votes to 98 before the Darrow assembly passed the bill by 160 votes "
                "to 98."),
        article("Darrow assembly backs bill",
                "The Darrow assembly passed the bill 160 to 98 on Monday, the speaker said."),
        article("Amendment defeated",
                "Opposition deputies saw their amendment fail, 150 to 98."),
    ),
    "an amendment's tally in votes and the budget's as a vote": (
        article("Amendment fails",
                "Deputies rejected the opposition's amendment by 140 votes to 120 on Tuesday."),
        article("Budget passes",
                "The Orvel assembly passed the budget in a 150-110 vote on Tuesday."),
    ),
    "an amendment's tally and the bill's": (
        article("Bill passes",
                "After an amendment fell by 240 votes to 180, the Darrow assembly passed the bill on Monday."),
        article("Darrow assembly backs bill",
                "The Darrow assembly passed the bill 226 to 199 on Monday, the speaker said."),
    ),
    "a toll in parts and the whole toll": (
        article("Base attacked",
                "Twelve soldiers and three civilians were killed in the attack on the Orsk base on Monday."),
        article("Attack on Orsk base",
                "Fifteen people were killed in the attack on the Orsk base on Monday, the army said."),
    ),
    "injuries said not to threaten life, and minor injuries": (
        article("Guard hurt in blast",
                "A guard at the Orsk depot suffered non life-threatening injuries in the blast on Monday."),
        article("Depot blast",
                "A guard at the Orsk depot suffered minor injuries in the blast on Monday, police said."),
    ),
    "a condition on two rungs": (
        article("Officer shot",
                "The officer shot during the traffic stop in Wendt was in critical but stable condition on Sunday."),
        article("Officer wounded",
                "The officer shot during the traffic stop in Wendt was in critical condition on Sunday, police said."),
    ),
    "the day of the attack and of the charge": (
        article("Man charged",
                "The man who stabbed a guard at the Orsk depot on Friday was charged with attempted murder."),
        article("Depot stabbing",
                "The man who stabbed a guard at the Orsk depot was charged on Monday, police said."),
    ),
    "the day of the attack and of the charge with a word for the attack": (
        article("Man charged",
                "The man who attacked a guard at the Orsk depot on Friday was charged with assault."),
        article("Depot attack",
                "The man who attacked a guard at the Orsk depot was charged with assault on Monday."),
    ),
    "a jury's split and a toll": (
        article("Courthouse gunman spared death",
                "Jurors deadlocked with nine in favour and three against the death sentence for the gunman."),
        article("Gunman gets life",
                "The jurors deadlocked over the death sentence for the gunman, who killed four people in 2005."),
    ),
    "a sentence and the time served": (
        article("Activist freed",
                "The activist Lena Moor, jailed for 10 years in 2016, was freed on Tuesday.",
                "She served seven years of the sentence."),
        article("Moor released",
                "Lena Moor was freed on Tuesday after serving seven years of a 10-year sentence."),
    ),
    "a denial said of someone else": (
        article("Bus crash",
                "The driver was not injured when the bus left the road near Osk on Friday night."),
        article("Bus leaves road",
                "Four passengers were injured when the bus left the road near Osk on Friday night."),
    ),
    "not killed but wounded": (
        article("Guard hurt in raid",
                "The night guard was not killed in the raid on the armoury at Fenn, officials said."),
        article("Armoury raided",
                "The night guard was wounded in the raid on the armoury at Fenn, officials said."),
    ),
    "wounded, then died": (
        article("Officer dies",
                "The officer was wounded in the raid on the farm and died in hospital on Monday."),
        article("Raid on the farm",
                "The officer was killed in the raid on the farm, police said on Monday."),
    ),
    "a fine and a profit, one written in words": (
        article("Bank fined", "Regulators fined Harbour Bank 5 million dollars on Monday over its checks."),
        article("Bank penalised", "Harbour Bank, which made $40 million last year, was fined by regulators on Monday "
                "over its checks."),
    ),
    "a sum taken and a sum taken on an earlier occasion": (
        article("Van robbed", "Armed robbers stole around €2.4 million from a cash van near Orlo on Tuesday morning."),
        article("Orlo van raid", "It was the third such raid this year.",
                "In June, robbers seized around 800,000 euros from a cash van near Tessel."),
    ),
    "a place after a quotation is no speaker": (
        article("Raid", 'President Ana Vell, speaking in the capital, Dorsk, called the raid "an act of terror '
                'against our people".'),
        article("Vell speaks", 'President Ana Vell called the raid "an act of terror against our people" in Dorsk.'),
    ),
    "a road's number is no count": (
        article("Crash", "Two lorries collided on the A3 near Velm on Friday, police said."),
        article("Lorries crash", "Two lorries collided on the A7 near Velm on Friday."),
    ),
    "an ex-mayor is a former mayor": (
        article("Mayor jailed", "Former mayor Ivo Dren was jailed for six years on Monday for taking bribes."),
        article("Dren jailed", "Ex-mayor Ivo Dren was jailed for six years on Monday for taking bribes."),
    ),
    "the terms of two people, one named with the judge": (
        article("Mayor jailed", "Judge Ana Roe jailed former mayor Ivo Dren for six years on Monday."),
        article("Builder jailed", "Judge Ana Roe jailed the builder Piet Vasko for four years on Monday."),
    ),
    "a colon after two people credits neither": (
        article("Debate", '"This cabinet has lost the trust of the nation," opposition leader Piet Danner told the '
                'chamber.'),
        article("No confidence", 'Opposition leader Piet Danner met Lena Brask before the vote: "This cabinet has lost '
                'the trust of the nation."'),
    ),
    "a count before a part of the day is no time": (
        article("Protest", "Police detained 5 this morning outside the parliament in Varno."),
        article("Arrests", "Police detained five protesters at 7 this morning outside the parliament in Varno."),
    ),
    "an escape from prison and a later arrest": (
        article("Escape", "Convicted robber Ivo Brandt escaped from Varno prison on Sunday, police said."),
        article("Recaptured", "Convicted robber Ivo Brandt was arrested in Elmstad, police said. He had been on "
                "the run for two days."),
    ),
    "a clause of saying after the one an act befell": (
        article("Life term", 'The court jailed Jan Dow for life on Monday, saying his crimes were "beyond any '
                'redemption at all".'),
        article("Judge speaks", 'Judge Ida Brun told the court the crimes were "beyond any redemption at all".'),
    ),
    "the age of someone else described after the one person named": (
        article("Stabbing", "A man stabbed Ida Varen outside the station. The 34-year-old suspect was arrested "
                "at the scene."),
        article("Victim named", "Ida Varen, 52, was taken to hospital with stab wounds after the attack outside "
                "the station."),
    ),
    "a running total far above a count told of no day": (
        article("Arrests", "Police arrested 40 protesters in Varn after the march, officials said."),
        article("Unrest", "Police have arrested 300 protesters in Varn since the unrest began in March, officials "
                "said."),
    ),
    "the time a rally is called for and the time of the clashes": (
        article("Clashes", "Clashes broke out outside the Assembly shortly after 8:30 p.m., the Front's "
                "spokesman Jan Roe said."),
        article("Front calls rally", "The Front's spokesman Jan Roe called a new rally outside the Assembly for 7 "
                "p.m. tonight."),
    ),
    "a banner's words are not its subject's": (
        article("March", 'Marchers carried a banner bearing the face of Ana Roe and the words: "Justice for Ana, '
                'and for every woman who walks home alone."'),
        article("Vigil", '"Justice for Ana, and for every woman who walks home alone," her brother Ion Popa said.'),
    ),
    "a name inside the closing part of a quotation is no speaker": (
        article("Shelling", '"The first shell hit our street at dawn. Then Mayor Olena Kravets told us to go to the '
                'school basement," one resident said.'),
        article("Night in the basement", '"The first shell hit our street at dawn," said Ivan Melnyk, a resident.'),
    ),
    "lawyers of a president are not the president": (
        article("Verdict", '"This verdict is political and we will appeal it," said lawyers representing president '
                'Ivan Petrov.'),
        article("Appeal", '"This verdict is political and we will appeal it," his lawyer Ana Roe said.'),
    ),
    "a short stock phrase is anyone's": (
        article("Widow", 'Sara Lund, the widow, spoke briefly: "We will not give up."'),
        article("Inquiry", '"We will not give up until the person who did this is in prison," Inspector Karl Berg '
                'said.'),
    ),
    "a charge in quotation marks is nobody's words": (
        article("Court", 'Petr Havel admitted "causing death by dangerous driving" at the Orlo court.'),
        article("Driver", 'Prosecutor Marta Lind said the charge was "causing death by dangerous driving".'),
    ),
    "millions at the start of a sentence": (
        article("Exodus", "5m people have fled the country since the war began, the agency said."),
        article("Refugees", "Some 5m people have fled the country since the war began, the agency said."),
    ),
    "shares of two things after 'and'": (
        article("Trade", "Exports rose 4 per cent in the year and imports 9 per cent, the statistics office said."),
        article("Economy", "Exports rose 4 per cent in the year and wages 3 per cent, the statistics office said."),
    ),
    "two bare shares of two things": (
        article("Markets", "The currency firmed 1.6% against the euro as investors bet on a change of government."),
        article("Prices", "Prices are still rising by 11 per cent a year as investors bet on a change of government."),
    ),
    "what someone would not do": (
        article("Strike talks",
                "The union leader would not confirm that talks with the rail company had ended on Sunday."),
        article("Rail talks end",
                "The union leader confirmed that talks with the rail company had ended on Sunday."),
    ),
}


# One outlet times the act later; its sentence also matches the others' sentences on another act
# of another time (the withdrawal at 3 a.m.), which chains the three times into one group.
_LATE_FLAG = (
    article("Ostrava Hill retaken", "Government troops raised the flag over the Ostrava Hill barracks at 6:15 a.m. "
            "as the militia withdrew across the canal, the army said.",
            "The canal was quiet by around 3 a.m., when the militia had withdrawn across it, residents said."),
    article("Troops in Ostrava Hill", "Troops raised the flag over the Ostrava Hill barracks at 6:15 a.m. on Sunday.",
            "Residents said the canal was quiet by around 3 a.m., when the militia had withdrawn across it."),
    article("Ostrava Hill falls", "The army raised the flag over the Ostrava Hill barracks just after 9 a.m., by "
            "which time the militia had withdrawn across the canal."),
)


def test_a_time_of_day_chained_to_another_act_s_diverges_from_the_time_of_its_own():
    assert found_between((0, "at 6:15 a.m."), (2, "just after 9 a.m."), *_LATE_FLAG)
    assert not found_between((0, "by around 3 a.m."), (2, "just after 9 a.m."), *_LATE_FLAG)


_SQUARE = article("Unrest", "Marchers gathered in Tarnow square at 6 p.m. on Monday.",
                  "Police cleared Tarnow square at 10 p.m. on Monday.")


def test_a_time_of_day_diverges_from_the_time_of_the_act_told_in_its_words():
    cleared = article("Clashes", "Marchers who gathered in Tarnow square on Monday were cleared out by police at "
                      "8 p.m. on Monday.")
    assert found_between((0, "at 10 p.m."), (2, "at 8 p.m."), _SQUARE, _SQUARE, cleared)
    assert not found_between((0, "at 6 p.m."), (2, "at 8 p.m."), _SQUARE, _SQUARE, cleared)


def test_the_time_of_an_act_no_other_article_tells_diverges_from_nothing():
    curfew = article("Curfew", "A curfew in Tarnow began at 8 p.m. on Monday, as marchers in Tarnow square clashed "
                     "with police.")
    assert divergences(_SQUARE, _SQUARE, curfew)[1] == ()
    assert divergences(_SQUARE, curfew)[1] == ()


@pytest.mark.parametrize("name", DIVERGING)
def test_a_contradiction_is_a_divergence(name):
    *texts, first, second = DIVERGING[name]
    assert found_between(first, second, *texts)


@pytest.mark.parametrize("name", QUIET)
def test_figures_that_only_look_alike_are_no_divergence(name):
    _, found = divergences(*QUIET[name])
    assert [d.summary for d in found] == []



def slot_values(sentence: str, key: str) -> list[str]:
    """The values of the sentence's slots of one key, its names read as the analysis reads them."""
    articles = articles_from(sentence)
    alignment = align(articles, read_names(articles))
    return [s.value for s in sentence_slots(alignment.texts[0], alignment.tokens(0)) if s.key == key]


def test_what_a_sentence_says_is_read_again_for_the_next_sentence():
    # What every count of a sentence asks of it is read once a sentence: the next sentence, even
    # one of the same words, is read afresh (a vote's turnout is no crowd; a crowd after it is).
    at_a_vote = "About 22,000 protesters marched to the polls on election day."
    articles = articles_from(at_a_vote, "About 22,000 protesters marched to the palace.", at_a_vote)
    alignment = align(articles, read_names(articles))
    crowds = [[s.value for s in sentence_slots(alignment.texts[n], alignment.tokens(n)) if s.key == CROWD]
              for n in range(3)]
    assert crowds == [[], ["#22000"], []]


def tallies(sentence: str) -> list[str]:
    """The sentence's tallies, each once (a slot is made for each word of what was voted on)."""
    articles = articles_from(sentence)
    alignment = align(articles, read_names(articles))
    slots = sentence_slots(alignment.texts[0], alignment.tokens(0))
    return list({s.start: s.value for s in slots if s.key.split()[0] == TALLY}.values())


def test_a_tally_is_two_whole_numbers_the_first_not_the_smaller():
    sentence = "The Senate passed it 52-48, and the court ruled 5 to 4 in a 6–3 split."
    assert tallies(sentence) == ["52-48", "5-4", "6-3"]
    assert tallies("Between 10-12 people, a fall from 5 to 4 percent, 2.5-1 odds, the 2008-09 season.") == []
    assert tallies("The court annulled the decree, ruling by seven votes to two.") == ["7-2"]  # in words beside votes
    assert tallies("Prices rose from seven to two, then one to three.") == []
    assert tallies("The party lost seven votes to two smaller parties; each gave three votes to one candidate.") == []


def test_a_haul_s_value_and_a_sum_in_cash_the_same_article_gives_are_two_sums():
    _, found = divergences(
        article("Smuggling ring broken", "Officers seized 12 lorries of tobacco worth 30 million dinars at the Varn "
                "depot, the ministry said.",
                "Officers also seized 1.5 million dinars in cash at the Varn depot and arrested its owner, the "
                "ministry said."),
        article("Tobacco haul", "Officers seized tobacco worth 36 million dinars at the Varn depot and arrested its "
                "owner, the customs office said."))
    assert [sorted(v.value for v in d.values) for d in found] == [["30 million dinars", "36 million dinars"]]


def test_a_tally_for_and_against_may_name_its_voters():
    assert tallies("The council backed the plan with 31 councillors for, just 6 against.") == ["31-6"]
    assert tallies("In the end 88 senators voted in favour and 12 voted against.") == ["88-12"]
    assert tallies("The bill had 40 votes in favour and 9 against.") == ["40-9"]


def test_goals_for_and_against_are_no_tally_and_a_list_s_last_figure_no_age():
    assert tallies("The club has 31 goals for, 18 against this season.") == []
    assert slot_values("Ana Vel won 41 seats, Ivo Tamm took 33 and the party of Jan Roe, 12.", "age @roe") == []


def test_a_translation_s_tally_with_votes_before_it():
    assert tallies("Parliament with votes 121 against 34 supported the motion.") == ["121-34"]


def test_two_numbers_of_a_unit_are_no_tally():
    assert tallies("The bank cut its rates 10 to 5 percent over two years.") == []
    assert tallies("Prices fell 12-9 per cent, and the river sank 8 to 6 feet in a week.") == []
    assert tallies("Growth slowed 7-4 million a year.") == []
    assert tallies("The board backed the merger 10 to 5 on Monday.") == ["10-5"]


def test_a_tally_needs_two_short_numbers_in_plain_figures_and_nothing_else_raises():
    # a superscript is a digit to str.isdigit() but no number to int(); 5,000 figures pass the
    # limit Python puts on turning text into a whole number
    assert tallies("The council passed the zoning plan 5-\u00b2 on Thursday.") == []
    assert tallies(f"The council passed the zoning plan 5 to {'9' * 5000} on Thursday.") == []
    assert tallies("The council passed the zoning plan 7-2 on Thursday.") == ["7-2"]
    _, found = divergences(
        article("Zoning plan passes", "The Harlow council passed the zoning plan 5-\u00b2 on Thursday evening."),
        article("Council backs zoning", f"The Harlow council passed the zoning plan 5-{'9' * 5000} on Thursday evening."),
        article("Zoning vote", "The Harlow council passed the zoning plan 5-4 on Thursday evening."))
    assert [d.summary for d in found] == []


def test_a_prison_term_is_years_or_months_beside_a_word_of_the_term_in_months():
    assert slot_values("A judge jailed former mayor Ann Roe for 18 months on Friday.", TERM) == ["#18"]
    assert slot_values("She was freed after serving seven years of a 10-year sentence.", TERM) == ["#120"]
    assert slot_values("Ten years after the war, the prison reopened.", TERM) == []
    assert slot_values("The court gave Ada Korr a two-year prison term.", TERM) == ["#24"]


@pytest.mark.parametrize("told", ["a five-and-a-half-year sentence", "a five-and-a-half year sentence",
                                  "five and a half years in prison", "five-and-a-half years in prison",
                                  "5-1/2 years in prison", "5 1/2 years in prison", "5½ years in prison"])
def test_a_term_and_a_half_is_read_however_the_half_is_written(told):
    # "5-1/2" is no tally of 5 to 1, and its "2 years" no term of its own
    assert slot_values(f"The court gave the smuggler Ivo Renk {told} on Friday.", TERM) == ["#66"]
    assert tallies(f"The court gave the smuggler Ivo Renk {told} on Friday.") == []


def test_numbers_glued_by_a_slash_count_nobody():
    # a fraction or a date: "3/4 of the voters" counts the 200, "24/7" no one
    assert slot_values("About 3/4 of the 200 voters backed it.", "voter") == ["#200"]
    assert slot_values("The 24/7 patrols began on 12/25 and 12 people were arrested.", "individu/held") == ["#12"]


def test_the_names_of_a_long_sentence_are_walked_once_for_all_its_ages(monkeypatch):
    # a paragraph may be one sentence of megabytes: walking all its names again to find each
    # age's person made it quadratic
    sentence = ("The victim, 19, Ada Korr, 23, a man aged 30, a 41-year-old teacher Ivo Brand and "
                "Lena Moor, a 38-year-old nurse, " * 3 + "were hurt.")
    articles = articles_from(sentence)
    alignment = align(articles, read_names(articles))
    walks = []
    monkeypatch.setattr(slots, "name_runs", lambda toks: walks.append(toks) or name_runs(toks))
    ages = [(s.subject, s.value) for s in sentence_slots(alignment.texts[0], alignment.tokens(0))
            if s.key.startswith("age ")]
    assert ages == [("victim’s age", "#19"), ("Ada Korr’s age", "#23"), ("man’s age", "#30"),
                    ("Ivo Brand’s age", "#41"), ("Lena Moor’s age", "#38")] * 3
    assert len(walks) == 1


def test_a_condition_said_not_to_be_is_no_condition():
    def condition(sentence):
        return slot_values(sentence, "condition")
    assert condition("The guard suffered life-threatening injuries in the blast.") == ["critical"]
    for negated in ("non life-threatening injuries", "non-life-threatening injuries", "not life-threatening injuries",
                    "serious but not life-threatening injuries", "injuries, not in critical condition"):
        assert condition(f"The guard suffered {negated} in the blast.") == [], negated


def slot_keys(sentence: str) -> list[str]:
    articles = articles_from(sentence)
    alignment = align(articles, read_names(articles))
    return [s.key for s in sentence_slots(alignment.texts[0], alignment.tokens(0))]


def test_what_a_number_is_of_is_read_in_its_clause_only():
    # what befell those counted: the nearest word, the one before when two stand as near
    assert slot_keys("Gunmen killed 12 wounded guards near Orsk.") == ["individu/dead"]
    assert slot_keys("Of those killed 12 guards were wounded.") == ["guard/dead"]
    assert slot_keys("Of those killed, 12 guards were wounded.") == ["guard/hurt"]
    # the kind of people a word before only says which of; words news uses for one another
    assert slot_keys("Two plant workers were killed.") == slot_keys("Gunmen killed three employees.") == ["worker/dead"]
    # a part of a whole in figures: keyed by the whole and what the part did; the whole has no fate, and a
    # house's seats in all are apart from seats won
    assert slot_keys("Progress won 34 of the 60 seats.") == ["seat of 60 won", "seat in all"]
    assert slot_keys("Only two of the 300 passengers were injured.") == ["passeng of 300 injur", "passeng"]
    assert slot_keys("One of the victims was a child.") == slot_keys("Seven of its deputies voted against.") == []
    # "including" adds to the toll before it
    assert slot_keys("The death toll has risen to 17, including four children.") == ["individu/dead", "children/dead"]
    # "held up" robbed: no fate; "killed off the coast" is killed
    assert slot_keys("Four masked men held up a security van.") == ["men"]
    assert slot_keys("Four fishermen were killed off the coast.") == ["fishermen/dead"]
    # words that say nothing do not put the fate further: four content words at most
    assert slot_keys("Fifty people in the old stadium were hurt.") == ["individu/hurt"]
    assert slot_keys("Fifty people in the old east stand of the stadium were hurt.") == ["individu"]
    # what a share is of; whose age a number of years is
    assert slot_keys("She won 54% of the vote.") == ["percent/vote"]
    assert slot_keys("She won 54%, of the vote.") == ["percent won"]  # a bare share: one slot for each word of its act
    shares = [k for k in slot_keys("The index jumped 3.2 per cent on Monday.") if k.startswith("percent")]
    assert shares == ["percent jump", "percent index"]
    # what is counted is the plural head of a compound: drones, not "attack"; not after one
    assert slot_keys("They launched 34 attack drones.") == ["drone"]
    assert slot_keys("One person dies every day.") == ["individu"]
    # a figure of a code counts nothing
    assert slot_keys("The DSX-20 index and the A3 road were named.") == []
    assert slot_keys("A 34-year-old former soldier was charged.") == ["age soldier"]
    assert slot_keys("A 34-year-old former, soldier was charged.") == []


def test_where_a_count_puts_those_counted_is_the_word_after_a_preposition_of_place():
    def placed(sentence: str) -> list[str]:
        articles = articles_from(sentence)
        alignment = align(articles, read_names(articles))
        return [s.placed for s in sentence_slots(alignment.texts[0], alignment.tokens(0)) if s.count]

    assert placed("As many as 30 miners may still be inside the shaft.") == ["shaft"]
    assert placed("Eight people fell into the river.") == ["river"]
    assert placed("Eight people were taken to hospital.") == [""]  # where they went, not where they were
    assert placed("Eight people were in Dorvask on Monday.") == [""]  # a name is no word
    assert placed("Eight people were seen on Monday.") == [""]
    assert placed("Eight people, police said, were in the river.") == [""]  # another clause
    assert placed("About 900 pupils attend classes in the school.") == [""]  # what they do there


def test_a_counts_occasion_is_read_in_its_clause_from_the_speech_verb_before_it_on():
    def read(sentence: str) -> slots.Occasion:
        articles = articles_from(sentence)
        alignment = align(articles, read_names(articles))
        *_, count = [s for s in sentence_slots(alignment.texts[0], alignment.tokens(0)) if s.count]
        return count.occasion  # the last count's

    assert read("Three people were killed on Monday in May.") == slots.Occasion(frozenset({"monday", "may"}), False, False)
    # the report's day, not the act's
    assert read("Three people were killed, officials said on Monday.").dates == frozenset()
    assert read("Police on Tuesday said 12 soldiers were killed in the ambush.").dates == frozenset()
    # an act set apart from another of its kind
    assert read("A second bomb killed seven people.").apart and read("Another attack killed two people.").apart
    assert read("Similar floods last year killed nine people.").apart
    assert read("Officials had initially reported nine people dead.").apart  # a figure since replaced
    assert read("Officials had at first counted nine people dead.").apart
    for same in ("The blast killed three and injured another 12 people.", "A fourth man and three suspects are sought.",
                 "On the first day of the protests, police detained 40 people.", "The blast last night killed nine people."):
        assert not read(same).apart, same
    # a running total, or a count of another time
    for running in ("Shelling has killed 25 people in the district this month.", "A car bomb killed 25 people in 2019.",
                    "More than 30 people have been held since the protests began.", "So far 40 people have died.",
                    "Hours later a roadside bomb killed four soldiers."):
        assert read(running).running, running
    assert not read("The blast killed nine people on Monday.").running
    monday, wednesday, undated = (read(f"Two people died{when}.") for when in (" on Monday", " on Wednesday", ""))
    assert monday.may_be_other_than(wednesday) and not monday.may_be_other_than(undated) and not monday.counts_other_than(wednesday)


def test_the_least_the_law_sets_is_a_term_faced_only_when_a_term_given_is_compared_with_it():
    assert slot_values("Ivo Kemp's sentence is far less than the minimum jail term of 15 years.", TERM + " faced") == [
        "#180"]
    assert slot_values("The judge gave Kemp far less than the 15-year minimum sentence.", TERM + " faced") == ["#180"]
    for given in ("Ivo Kemp was given the mandatory minimum sentence of 15 years in prison.",
                  "Ivo Kemp was sentenced to life with a minimum term of 15 years."):
        assert slot_values(given, TERM) == ["#180"], given


@pytest.mark.parametrize("sentence, spans", [
    ("The siege lasted 2 hours and 25 minutes before police went in.", ["#2.41667"]),
    ("The siege lasted two hours 30 minutes.", ["#2.5"]),
    ("The standoff lasted 45 minutes.", ["#0.75"]),
    ("The siege lasted two hours, and talks 25 minutes.", ["#2", "#0.416667"]),  # two spans of two things
])
def test_a_span_of_hours_takes_in_the_minutes_told_right_after_it(sentence, spans):
    assert slot_values(sentence, slots.SPAN) == spans


def test_a_day_of_a_month_is_read_in_plain_figures_only():
    # "٣" is a digit to a regular expression's \d, and was compared with "3" as another day
    decree = "President Ilse Varga signed the emergency decree on {} March, her office said."
    _, found = divergences(article("State of emergency", decree.format("\u0663")),
                           article("Emergency declared", decree.format("3")))
    assert [d.summary for d in found] == []


def test_a_measure_loosened_by_a_word_is_still_a_number():
    _, found = divergences(
        article("Troops advance", "Government troops advanced about 12 miles along the river road toward Brenn on Sunday."),
        article("Army pushes on", "Government troops advanced about 30 miles along the river road toward Brenn on Sunday."))
    assert [d.kind for d in found] == ["number"]


def test_the_divergences_are_the_same_whatever_the_hash_seed():
    """Slots are sets; which of two slots names a divergence found through both (a sum's own
    slot and its only-sum slot) must not depend on the order the interpreter's hash seed gives
    them. It guards the order this series brought in; on the code before it, it passes too."""
    code = (
        "from tests.core.corpus import articles_from\n"
        "from tui.core.compare import compare\n"
        "c = compare(articles_from('Contract\\n\\nThe ministry awarded the tunnel contract, worth 340 million "
        "euros, to the group.', 'Tunnel deal\\n\\nThe ministry awarded the tunnel contract, worth 430 million "
        "euros, to the group.'))\n"
        "print([d.summary for d in c.divergences])\n")
    root = Path(__file__).resolve().parent.parent.parent
    runs = {subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": str(seed)},
                           capture_output=True, text=True, cwd=root, check=True).stdout for seed in range(6)}
    assert len(runs) == 1 and "340 million" in runs.pop()


def test_a_time_of_day_is_no_act_a_date_dates():
    """"6:40 p.m. on Friday" and "4:30 p.m. on Saturday" date two acts, not one called "p.m."."""
    _, found = divergences(
        article("Hotel attack", "The gunmen burst into the lobby of the Hotel Mira in Varn shortly after 6:40 p.m. "
                "on Friday, police said."),
        article("Siege ends", "The gunmen were killed when special forces stormed the lobby of the Hotel Mira in Varn "
                "at around 4:30 p.m. on Saturday, police said."))
    assert [d.slot for d in found if d.slot == "date"] == []


def test_a_currency_that_is_also_a_thing_is_a_sum_only_when_it_runs_to_thousands():
    _, [treasure] = divergences(*DIVERGING["crowns of a treasure counted, not summed"][:2])
    _, found = divergences(*DIVERGING["a sum in a currency that is also a thing, told a few words from what it is"][:2])
    assert not treasure.slot.startswith("sum") and [d.slot for d in found] == ["sum worth"]


def _slot_values(sentence: str) -> list[str]:
    articles = articles_from(sentence)
    alignment = align(articles, read_names(articles))
    return [s.value for s in sentence_slots(alignment.texts[0], alignment.tokens(0))]


def test_the_minutes_of_a_live_pages_time_and_the_figure_a_toll_rose_from_are_no_count():
    assert _slot_values("13:40 Observers: the mission has given its verdict.") == []
    assert "#7" not in _slot_values("The death toll rose steadily from seven on Sunday night, doctors said.")


def test_the_one_a_titled_role_set_off_by_commas_describes_speaks_not_the_body_it_names():
    arts = articles_from('Ivo Marek, chairman of the guards union SOZ, said his members were "sitting ducks" on '
                         'every cash run.', *FILLER)
    names = read_names(tuple(arts))
    assert [q.names for q in quotations(align(arts, names), names)] == ["Ivo Marek"]


def test_a_word_english_has_not_is_a_currency_where_its_clause_pays_or_asks_for_it():
    unnamed = slots.UNNAMED_CURRENCY
    assert slot_values("The government will pay 50,000 talers to each bereaved family.", unnamed + "pay") == ["#50000"]
    assert slot_values("Police found 640,000 kron in cash in a shed.", unnamed + "cash") == ["#640000"]
    converted = "The ministry will pay 200,000 varens (about $5,000) to each family."
    assert slot_values(converted, "currency pay #200000") == [unnamed]
    # the compensation for those who perished is money, not a count of the dead
    assert slot_values("Families of every perished get the compensation in size of 250 000 varens.", "varen/dead") == []
    assert slot_values("The rebels fired 40 shells at the town.", unnamed + "fire") == []  # an English word is none


def test_a_fraction_of_a_length_of_time_is_no_share_and_voters_count_by_the_way_they_voted():
    assert slot_values("The treaty binds Orsk for a quarter of a century.", "percent/centuri") == []
    assert slot_values("Ana Roe won half of the vote.", "percent/vote") == ["#50"]
    sentence = "A petition needs 30 signatures; 61 voted against the treaty overnight."
    assert slot_values(sentence, "deputi/against") == ["#61"]  # those who voted, deputies when nobody else is named
    assert slot_values("In the night 81 voted to pass the treaty.", "deputi/for") == ["#81"]
    assert slot_values("In the night 63 MPs voted to reject the treaty.", "deputi/against") == ["#63"]
    # voters described by which of them they are are some of those who voted, not all
    assert slot_values("In the night 12 opposition MPs voted to reject the treaty.", "deputi/against") == []
    # words that do not say which of them count them all
    assert slot_values("In the night 59 sitting deputies voted against the treaty.", "deputi/against") == ["#59"]
    assert slot_values("In the night 59 ultimately voted against the treaty.", "deputi/against") == ["#59"]


def test_a_count_that_leaves_out_its_word_counts_what_the_count_before_it_did():
    assert slot_values("Rebels stormed the camp, killing 12 guards and wounding 30.", "guard/hurt") == ["#30"]
    assert slot_values("The blast killed 12 and wounded 30.", "individu/hurt") == ["#30"]


def test_the_word_that_says_what_a_sum_is_like_is_not_what_was_paid():
    sentence = "A measly 410 million euros a year goes to Orsk in fees."
    assert slot_values(sentence, "€measli") == [] and slot_values(sentence, "euro/year") == ["#4.1e+08"]


def test_the_people_of_a_place_are_its_population_no_count_of_those_there():
    sentence = "Gunmen opened fire in Lisko, a village of about 900 people, killing four people."
    assert slot_values(sentence, "population") == ["#900"] and slot_values(sentence, "individu") == []
    assert slot_values(sentence, "individu/dead") == ["#4"]


def test_a_translations_abbreviated_million_scales_a_sum():
    assert slot_values("The programme will cost 36 mln. ducats, the ministry said.", "ducat") == ["#3.6e+07"]


def test_a_loosener_before_a_dozen_loosens_it_and_over_before_a_sum_is_a_preposition():
    assert [s.loosener for s in sentence_slots_of("More than a dozen people were hurt in the blast.")
            if s.key == "individu/hurt"] == ["more than"]
    assert [s.loosener for s in sentence_slots_of("Talks stalled over a 410 million euro deal for the port.")
            if s.key == "euro"] == [None]


def sentence_slots_of(sentence: str):
    articles = articles_from(sentence)
    alignment = align(articles, read_names(articles))
    return list(sentence_slots(alignment.texts[0], alignment.tokens(0)))


def test_people_dragged_from_their_beds_are_held_and_those_dragged_from_flames_are_not():
    assert slot_values("Fourteen people were dragged from their beds in dawn raids.", "individu/held") == ["#14"]
    assert slot_values("Nine workers were dragged from the flames by colleagues.", "worker/held") == []


def test_a_count_of_nobody_named_before_what_befell_them_counts_people():
    sentence = "The toll was borne by the staff: five were killed and 14 injured."
    assert slot_values(sentence, "individu/dead") == ["#5"] and slot_values(sentence, "individu/hurt") == ["#14"]


def test_a_number_of_dozens_is_one_count_and_dozen_alone_twelve():
    assert slot_values("Medics took about two dozen injured to hospital.", "individu/hurt") == ["#24"]
    assert slot_values("A dozen people were hurt in the crush.", "individu/hurt") == ["#12"]


def test_a_name_quoted_in_many_ways_has_every_two_of_its_quotes_compared():
    # one name's short quotations are paired through the words they share, however many there are
    filler = [f'Mayor Jane Doe called the plan "{word}" on Monday.' for word in
              (f"{a}{b}" for a in ("zor", "vel", "kam", "tib", "mur", "sen", "pol", "dar", "lun", "gek", "fis")
               for b in ("ax", "eb", "ic", "od", "uf", "yg", "ah", "ej", "ik", "ol"))]
    articles = articles_from(*filler, 'Mayor Jane Doe called the plan "a reckless gamble" on Monday.',
                             'Mayor Jane Doe called the plan "a reckless betrayal" on Monday.')
    found = [d.summary for d in compare(articles).divergences if "reckless" in d.summary]
    assert len(articles) == 112 and len(found) == 1
    assert "reckless gamble" in found[0] and "reckless betrayal" in found[0]
