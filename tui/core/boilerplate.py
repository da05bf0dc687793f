"""Paragraph kinds: title, heading, body or boilerplate, each with a short reason.

Nothing is deleted: boilerplate is labelled so the reader can fold it away and the
analysis can leave it out. The rules look at a line's shape (length, case, final
punctuation, web-furniture vocabulary), its position (before the story, after its end)
and repetition (within the article, across the corpus). They name no outlet.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cached_property, lru_cache

from tui.core.blocks import Block
from tui.core.segment import ends_sentence
from tui.core.text import BULLET_MARKS, MONTH_ABBREVIATIONS, MONTHS

Label = tuple[str, str]  # (kind, reason)

_MONTHS = "|".join(sorted(MONTHS | MONTH_ABBREVIATIONS, key=lambda m: (-len(m), m)))
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun"
_DATE_TOKEN = re.compile(
    rf"^(?:{_MONTHS}|{_WEEKDAYS}|\d{{1,4}}(?:st|nd|rd|th)?|\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{1,4}}|"
    r"\d{1,2}[:.]\d{2}(?:[ap]m)?|am|pm|a\.m\.|p\.m\.|gmt|utc|[a-z]?[ecmp][sd]?t|vol|no|issue|edition|at|on|of|"
    r"updated|published|posted|modified|last|"
    r"\d+[smhd]|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|ago|just|now|today|yesterday)\.?[,:]?$",
    re.I,
)

# A date or a time written as one, not a bare number, a score or a decimal: "26.11.2026", "22:14", "June"
_WRITTEN_DATE = re.compile(rf"\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d:\d\d|\b(?:{_MONTHS}|{_WEEKDAYS})\b", re.I)

# (pattern over the lower-cased line, reason, the most words a line it applies to has)
_LINE, _BLOCK = 12, 60
# Other stories' headlines run into one paragraph, numbered: "1. … 2. … 3. …"
_HEADLINE_LIST = r"1\.\s[^.!]{5,150}\s2\.\s[^.!]{5,150}\s3\.\s"  # a headline may ask: "2. Who owns X?"
_HEADLINES = re.compile(_HEADLINE_LIST)
_LIST = 2 * _BLOCK  # the most words of such a list
_TEASER = 24  # a teaser's label and the headline it leads to
_FIELD_WORDS = 10  # the most words of one field of a row of page details
_TIME_WORDS = 4  # the most words of a time with its zone: "09:45 local time"
_MENU_ITEMS, _MENU_WORDS = 3, 3  # a menu's links, and their words: a headline has a bar or two
# Words without which a long line cannot match a rule: a quick test before the regex.
_CLUES = {
    "copyright or legal": ("reserved", "©", "(c)", "copyright", "privacy", "terms of", "cookie", "external"),
    "disclaimer": ("disclaimer", "this ", "translat"),
    "photo caption or credit": ("photo", "foto", "image", "picture", "illustration", "video", "media", "licen", "cc",
                                "getty", "shutterstock", "wikimedia", "alamy", "credit"),
    "cookie or sign-in prompt": ("cookie", "subscri", "log in", "sign in", "login", "access", "ad", "sign-up",
                                 "sign up", "password"),
    "contact details": ("@",),
}
# Words a row of page controls is made of ("Share  Print  A-  A+", "Font size").
_CONTROLS = {"share", "print", "email", "e-mail", "mail", "save", "copy", "link", "facebook", "twitter",
             "x", "whatsapp", "linkedin", "telegram", "reddit", "pinterest", "font", "size", "text", "on",
             "a", "a-", "a+", "aa", "-", "+", "|", "listen", "comments", "comment", "gift", "bookmark",
             "this", "story", "article"}
_FURNITURE = [
    (re.compile(p), reason, most)
    for p, reason, most in [
        (r"^\d+\s*-?\s*(?:min|mins|minutes?)\.?\s+(?:read|listen|watch)$", "read time", _LINE),
        (r"^(?:related|more)\s*(?:stories|articles|posts|news|content|coverage|reading|topics|links)?\s*:?$", "related stories", _LINE),
        # a teaser's headline after its label: "Read more: …", "Related: …", "Also interesting: …";
        # tabloids set them between paragraphs, so one does not end the story
        (r"^(?:read(?: (?:more|also|next)(?: (?:in|on|at|from) [^:]{1,40})?)?|see also|"
         r"also (?:read|interesting|on this)|"
         r"related(?: stories| articles| news| coverage)?|"
         r"more on this(?: story)?)\s*:|(?:^|[.!?]\s+)(?:see|read|turn to)\b.{0,40}\bon pages? \d+\b",
         "related story teaser", _TEASER),
        # teasers set apart by bars after one label: "Related: A | B | C"
        (r"^(?:related(?: stories| articles| coverage)?|read (?:more|also)|see also|more on this|more from [^:|]{1,30})"
         r"\s*:[^|]+\|",
         "related stories", _BLOCK),
        # a list of other stories' headlines in one paragraph after its label: "Most read 1. … 2. … 3. …"
        (r"^(?:most (?:read|popular|viewed|shared)|top stories|trending)\W*" + _HEADLINE_LIST, "related stories",
         _BLOCK),
        (r"^(?:read|see)\s+(?:more|also|next)\b|^also read\b|^more (?:from|on|in|about)\b|^continue reading\b", "related stories", _LINE),
        (r"^(?:recommended|you may also like|you might also like|editor'?s? picks?|top stories|trending|"
         r"most (?:read|popular|viewed|shared)|popular (?:posts|stories)|latest (?:news|stories|articles)|"
         r"don[’']?t miss|do not miss|must read)\b", "related stories", _LINE),
        (r"^no (?:stories|posts|articles|results|comments|items)\b.{0,20}$", "empty list furniture", _LINE),
        (r"^(?:(?:recent|latest|\d+)\s+)?comments?$|^(?:leave|post|add) a (?:comment|reply)\b|"
         r"^join the (?:conversation|discussion)\b|^no comments\b|(?:^|\|\s*)comments?\s*\(\d+\)", "comments", _LINE),
        (r"\bnewsletters?\b|^subscribe\b|^sign up\b|^get (?:our|the) .{0,30}\b(?:in|to) your inbox", "newsletter", _LINE),
        (r"(?:^|\s[-–—|:]\s)(?:subscribe|sign up) (?:to|for) (?:our|the)\b.{0,60}\bnewsletters?\b|"
         r"\b(?:sign up|subscribe|get)\b.{0,80}\b(?:in|to) your inbox\b|\b(?:in|to) your inbox\b.{0,80}\bsign up\b",
         "newsletter", _TEASER),
        (r"^(?:follow|connect with|share|tweet|print|email|e-mail|whatsapp|facebook|twitter|linkedin|telegram|"
         r"copy link|menu|home|search|close|advertisement|advert|sponsored(?: content)?|promoted|listen(?: to)?|"
         r"partner content|skip to (?:main )?content|back to top)(?:\s+(?:us|this|on \w+|article|story))*:?$|"
         r"^(?:share|follow)\b(?!-).{0,40}\b(?:on social media|this (?:live )?(?:blog|page|post))\b|"
         # an embedded player's heading, and the page's link to its standards
         r"^(?:watch|video|audio|listen)\s*:\s|^our (?:standards|editorial (?:standards|guidelines))\b|"
         # what a page says around its ads, scripts and apps
         r"\b(?:story|article) continues (?:below|after)\b|^ad feedback$|^loading\W*$|^click here\b|"
         r"^download (?:the|our) (?:\w+ ){0,3}app\b|\benable javascript\b|"
         r"^(?:auto-?)?refresh (?:the page )?for (?:the latest )?updates\W*(?:all times (?:are )?[\w ]{1,20}\W*)?$|"
         r"^(?:print|digital|online|e-?paper) edition\s*(?:[,:|–—-]\s*[^.]{0,40})?$|"
         r"\bpress ctrl\s*\+\s*enter\b|"  # a site's way to report a typo
         # an embedded video player's own lines: "Tap here to see other videos from our team.", "Back to video"
         r"^(?:tap|click) here to (?:see|watch) (?:other|more) videos\b|^back to video\W*$|^article content$|"
         r"^(?:this )?video (?:failed to load|is unavailable|player is loading)\b|"
         r"^show (?:all )?key events$|^(?:live|latest) updates$|"  # a live blog's own controls and heading
         # and its host's greeting: "08:30 Good morning and welcome to our live coverage."
         r"^(?:\d{1,2}[:.]\d{2}\s+)?(?:good (?:morning|afternoon|evening)\W+(?:and\s+)?)?"
         r"welcome to (?:our|this|the) live (?:coverage|blog|page|updates)\b[^.]{0,40}\.?$|"
         # a live page's team: "By the Example Today live team: Ann Roe and Ivo Doe"
         r"^by the [\w'’ ]{1,40}\b(?:team|desk|newsroom)\b(?:\s*:[^.]{0,60})?$",
         "site furniture", _LINE),
        # a page's call to its readers: "Got a story? Contact the newsdesk", "Have your say: …"
        (r"^(?:got|have) a (?:news )?(?:tip|story)\b|^have your say\b|^what do you think\?.{0,80}\bcomment below\b|"
         r"^share your (?:story|news)\s*[:!.]|(?:^|\s[-–—]\s+)(?:and\s+)?tell us what you think\b.{0,40}\bcomments?\b|"
         r"\bletters to the editor\s*:\s*\S+@|"
         r"^did you (?:see|witness|hear)\b.{0,80}\b(?:call|e-?mail|contact|get in touch)\b.{0,40}\b(?:news ?desk|us)\b|"
         r"(?:^|[.?!]\s+)(?:call|contact|e-?mail|write to) (?:our|the) (?:[\w'’-]+ ){0,3}news ?desk\b|"
         # an outlet's plug for itself: "Follow the Example Blaze for the latest from the war"
         r"^follow (?:the )?[\w'’ -]{1,30}\b(?:on|for)\b[^,]{0,40}\b(?:latest|coverage|updates)\b[^,]*$|"
         # a broadcaster's own plug: "X News - watch live on X and follow our coverage"
         r"(?:^|[-–—|]\s*)(?:watch (?:it )?live on|follow our (?:live )?coverage)\b|"
         r"^listen live\s*(?::|on\b)[^!?]{0,60}\b(?:fm|app|stream)\b|"
         r"^posted by (?:the )?[\w' ]{1,40}\b(?:desk|team)\b",
         "site furniture", _TEASER),
        # where the site has put the page: "Home > World > Europe", "Companies › Retail" (a guillemet
        # between two fields is no headline's)
        (r"^[^>›»«]{1,40}(?:\s[>›»]\s[^>›»«]{1,40}){2,}$|^[^>›»«]{1,40}\s[›»]\s[^>›»«.,]{1,40}$", "breadcrumb",
         _LINE),
        (r"^(?:this (?:live )?blog|(?:our )?live coverage)(?: of [^.]{1,40})? "
         r"(?:is (?:now )?closed|(?:has (?:now )?)?ended)(?:$|[.!]|\s+(?:here|now)\b)|"
         r"^comments are (?:now )?closed (?:on|for) this (?:live )?(?:blog|page|article|story)\b|"
         # and its opening and its host's farewell, with no figure of the story in them: "07:02 We are
         # launching this live page following reports of blasts.", "21:15 That's where we'll leave our
         # live coverage. Thank you for following along." (not "… after 12 people were killed")
         r"^(?:\d{1,2}[:.]\d{2}\s+(?:update\s*:\s*)?)?(?!.*\d)(?:we are (?:launching|opening|starting) (?:this|our|a) "
         r"live (?:page|blog|coverage)\b[^.]{0,80}\.?$|"
         r"that[’']?s (?:where|all) we[’']?(?:ll| will) (?:leave|end|pause|wrap up) (?:our|this|the) (?:live )?"
         r"(?:coverage|blog|updates)\b|thank(?:s| you) for following (?:along|our (?:live )?coverage)[.!])",
         "site furniture", _TEASER),
        # the headline a paper's story ran under in print
        (r"^this (?:article|story) (?:appeared|appears|was published) in (?:the|our) print edition\b[^.,]{0,40}"
         r"\bheadline\b", "site furniture", _TEASER),
        # how to reach the writer; not a police appeal in the story ("anyone with information …")
        (r"^(?:contact|e-?mail|reach|write to)\b[^.@]{0,80}?[\w.+-]{1,64}@[\w-]{1,63}\.[a-z]{2,}", "contact details", _LINE),
        # An image's name or a page-code token left in the text ("Site Logo", "menu_icon").
        (r"^[\w .&'’-]{0,40}\blogos?$|^[a-z]+_[a-z_]+$", "logo or icon", _LINE),
        (r"\bwe use cookies\b|\b(?:this|our) (?:site|website) uses cookies\b|^already (?:a )?subscriber\b|"
         r"^(?:log|sign) in\b|^subscribe (?:now|today|to (?:continue|read|unlock))\b|^forgot (?:your )?password\b|"
         r"\bunlimited (?:digital )?access\b|"
         r"^this (?:article|story|content) is (?:only )?for (?:subscribers|members)\b|"
         # a sign-up form's consent: "We use your sign-up to provide content in ways you've consented to …"
         r"^we use your sign-?up to\b|(?:^|[.!?]\s+)you can unsubscribe at any time\b|"
         r"^ad(?:vert)?\s*[:|]", "cookie or sign-in prompt", _BLOCK),
        (r"^(?:tags?|topics?|filed under|categories|category)\s*:", "tags", _LINE),
        (r"all rights reserved|^©|^\(c\)\s|^copyright\b|privacy policy|terms of (?:use|service)|"
         r"\bcookies?\b.{0,40}\b(?:accept|consent|policy)|"
         r"\bnot responsible for the content of external (?:sites|websites|links)\b", "copyright or legal", _BLOCK),
        # a short plug closed by the outlet's copyright: "Follow us for more. © Example Newspapers" (a
        # story's paragraph with a credit after it stays story)
        (r"[.!?]\s+©[^.]{1,60}$", "copyright or legal", _TEASER),
        (r"^[\[(]?(?:disclaimer\b|this (?:article|content|story|post|text|page) (?:is|was|has been) "
         r"(?:aggregated|generated|"
         r"syndicated|provided|produced|originally published|automatically|updated|amended|corrected|translated|"
         r"machine[- ]translated))|"
         r"(?:^|\|\s*)[\[(]?(?:automatic|machine) translation(?: from (?:the )?\w+(?: language)?)?\s*[.)\]]|"
         r"(?:(?:^|\s[-–—|:]\s|[\[(])this|[\[(]the) (?:article|text|story|page) (?:is|was|has been) "
         r"(?:translated automatically|automatically translated|machine[- ]translated)\b|"
         r"\b(?:does|do) not (?:carry|bear|take|accept) (?:any )?responsibility for (?:the )?(?:errors|mistakes|"
         r"inaccuracies) (?:of|in) (?:the )?translation\.?$|"
         r"\b(?:does|do) not answer for (?:the )?quality of (?:the )?translation\.?$|"
         r"^source:\s*(?:automatic|machine) translation\b|"
         r"^the translation (?:is|was|has been) (?:produced|made|done|generated) (?:automatically|by (?:a )?machine)"
         r"(?: and (?:can|may) contain (?:mistakes|errors|inaccuracies))?\.|"
         r"^translated automatically\b",
         "disclaimer", _BLOCK),
        # a translation's notice opening it: "[Automatically translated from X. Original text: Y]"
        (r"^[\[(]?(?:automatically |machine[- ])translated (?:from|by|into)\b|"
         r"^translated from (?:the )?\w+(?: language)? (?:by (?:a )?machine|automatically)\b", "disclaimer", _LINE),
        # a page's details closed by a translation notice: "Outlet - World - 25.11.2026 (automatic translation)",
        # "Outlet - World - [text translated automatically]",
        # "Town, 11 of March (Outlet, automatic translation)"
        (r"[\[(](?:[^()\[\]]{1,40},\s*)?(?:automatic|machine)[- ]translat\w*"
         r"(?: from (?:the )?\w+(?: language)?)?[)\]]$|"
         r"[\[(](?:(?:the )?(?:text|article|story) )?(?:translated automatically|automatically translated)[)\]]$",
         "disclaimer", _LINE + 8),  # the notice's own words are up to eight
        (r"\b(?:photo|image|picture|illustration|video)s?\s*(?:by|credits?|courtesy|source)\b|"
         r"^[\[(]?(?:photo(?:graph)?|foto|image|picture|file photo|pictured)\s*[:(]|"
         r"^(?:a )?(?:file|archive|representational) (?:photo|image|picture)s? of\b[^.]{0,60}$|"  # no sentence
         r"^[\[(]?(?:image|media|photo|video) (?:caption|source)\b|"
         r"licen[sc]ed under|\bcc[ -]by\b|getty images|shutterstock|wikimedia commons|\bap photo\b|\balamy\b|"
         # a credit closing a caption: "… harbour at dusk. Photo: Agency", "(Photo: Agency)", "| Image: X"
         r"\((?:photo|image|picture|credit)s?\s*:[^)]{1,60}\)|"
         r"(?:^|[.|]\s*)(?:photo|photograph|image|picture|credit)s?\s*:\s*[^.:|]{1,40}$|"
         r"^(?:file|archive)(?: (?:photo|picture|image))?\s*:\s",  # a caption opened by its label: "FILE: …"
         "photo caption or credit", _BLOCK),
        # a wire photo's caption closes on its date with its year, or on its place and date: "…, in
        # Harbour Town, Country, June 3" (not a headline's "Storm hits coast, 3 dead, June 5")
        (rf",\s+(?:(?:{_MONTHS})\.?\s+(?:\d{{1,2}},?\s+)?|\d{{1,2}}\s+(?:{_MONTHS})\.?\s+)\d{{4}}\.?$|"
         rf"\bin\s+[^,]{{2,40}},\s+[^,]{{2,40}},\s+(?:{_MONTHS})\.?\s+\d{{1,2}}$", "photo caption", _LINE + 8),
        (r"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/\S*)?$", "web address", _LINE),
        # a page's widgets and code left in its text: a weather box ("20°C / 22°C"), a script's line, a tag
        (r"^-?\d{1,2}\s*°\s*[cf]?(?:\s*/\s*-?\d{1,2}\s*°\s*[cf]?)?$|^(?:var|let|const|function)\s.*[;{]$|"
         r"\b(?:document|window)\.\w+\(|^(?:</?[a-z][a-z0-9]*(?:\s[^>]*)?>\s*)+$", "page code or widget", _LINE),
        # a page's own prompts: "Now Reading:", "Share your views", "Back to login", "Quote of the day"
        (r"^now reading\s*:?$|^share your (?:views|thoughts|comments)\W*$|^back to (?:login|home(?:page)?)$|"
         r"^quotes? of the day\W*$", "site furniture", _LINE),
        # a post embedded from a social network, closed by its author's handle and date:
        # "— Example Civil Protection (@ExampleCP) September 19, 2017"
        (rf"^[—–-]\s*[^()]{{1,60}}\(@\w{{1,30}}\)\s*(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}$", "embedded post", _LINE),
        # where the copy comes from, alone on its line: "Source: Example Wire"
        (r"^sources?\s*:\s*[^.:]{1,40}$", "source line", _LINE),
    ]
]
# A field of a row of page details other than a date: where the copy comes from, who posted or
# wrote it, a read time, a notice of translation, a live page's own controls ("World | Source:
# Example Wire", "● Live | Refresh for updates", "Politics | 3 min read", "EXCLUSIVE | By Kim Doe").
_LIVE_TITLE = re.compile(r"live\s*[:|–—-]\s", re.I)  # a live page's title: "LIVE: Storm hits the coast"
_DETAIL_FIELD = re.compile(r"sources?\s*:.*|posted by\b.*|(?:last )?updated\b.*|share this\b.*|\W*live"
                           r"|\d+\s*-?\s*min(?:ute)?s?\.? read|by\s+\S+(?:\s+\S+){0,3}"
                           r"|(?:automatic|machine) translation"
                           r"|.*\b(?:refresh|auto-?refresh|live (?:coverage|updates|blog))\b.*", re.I)
# the page's own fields, which set a row apart by a hyphen too ("X - automatic translation")
_PAGES_OWN = re.compile(r"(?:auto-?)?refresh (?:the page )?for (?:the latest )?updates\W*|(?:automatic|machine) translation",
                        re.I)
# what sets the fields of a row apart: a bar, a middle dot, or dashes or slashes in a line that is no sentence
_BARS = ("|", " · ", " – ", " — ", " / ")
_FIELD_BARS = ("|", " · ")  # those that set fields apart wherever they stand: a dash may join a headline's two parts
# A heading that asks ("What happened in court on Monday") is no caption, though it ends on a day.
_QUESTION_WORD = re.compile(r"(?:what|who|why|how|when|where|which)\b", re.I)
# A caption's last words say on which day the photograph was taken; a heading's seldom do.
_DAY_CLOSING = re.compile(rf"\bon (?:(?:{_WEEKDAYS})|(?:{_MONTHS})\.? \d{{1,2}}|\d{{1,2}} (?:{_MONTHS}))$", re.I)
# A wire agency's photo credit closing a caption, in its capitals or words: "… on Monday. AGENCY/Jane
# Roe", "AGENCY-OTHER/Jane Roe/File Photo", "AGENCY WIRE/Jane Roe", "… 2026. Harbour Press/Jane Roe".
# It opens the line or follows the caption's last sentence or a bracket, and no full stop
# follows it: "a poll by CBS/YouGov." or "the joint UN/EU Task Force." are story.
_WIRE_CREDIT = re.compile(r"(?:^|[.!?][\"”’)]?\s+|\()"
                          r"(?:[A-Z]{2,}(?:[- ][A-Z]{2,})*|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})/"
                          r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:/[A-Za-z ]{2,25})?\)?\s*$")
# A byline names its writers (two, with their agency: "By Ann Roe and Ivo Doe, Example Wire"), and
# closes no sentence: "By Monday, police had arrested six people." is story.
_BYLINE = re.compile(r"^(?:[-–—•·]\s*)?"  # a byline set off as a list's item: "- By Ann Roe"
                     r"(?:[Bb]y|[Ww]ritten by|[Ww]ords by|[Ss]tory by|(?:[Aa]dditional )?[Rr]eporting by)\s+"
                     rf"(?!(?i:{_MONTHS}|{_WEEKDAYS})\b)[A-Z]\S*(?:\s+\S+){{0,7}}$"
                     # two writers and where each reported from: "By Ann Roe in Varno and Ivo Tamm in Orsk"
                     r"|^[Bb]y\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|in|and)){7,11}$")
# "reported from" credits the name right before it ("Ann Roe reported from Kyiv."), not a clause
# about someone in the story ("Doe, who has reported from Kestria for six years, denies it").
_CREDIT = re.compile(
    r"\b(?:contributed (?:to )?(?:this )?(?:report(?:ing)?|story|article)|(?-i:[A-Z][\w'’-]+) reported from|"
    r"additional reporting|(?:writing|editing|reporting) by|^(?:live )?coverage compiled by|"
    # a live page's credit, no sentence about someone's coverage: "Live coverage by Jana Roe and the newsroom."
    r"^live coverage by\b(?!.*\b(?:was|were|is|are|has|had|have)\b))\b",
    re.I,
)
_BIO = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s+(?:is|was|has been|writes|covers)\b.{0,60}?"
    r"\b(?i:editor|reporter|writer|journalist|correspondent|columnist|contributor|author|producer|"
    r"analyst|freelancer|blogger)\b.{0,40}?\b(?:at|for|with)\s+[A-Z]",
)
_PAYWALL = {"cookie or sign-in prompt", "newsletter"}  # the reasons of the prompts a paywall cuts a story with
# Reasons after which, once the story has started, the rest of the file is site furniture.
_END_OF_STORY = {"related stories", "comments", "newsletter", "copyright or legal", "disclaimer",
                 "reporting credit", "author bio"}

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’-]*\.?|[A-Z]\.)$")
_SMALL_WORDS = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by",
                "with", "from", "as", "is", "vs", "via", "after", "over", "into", "amid"}
_STOPWORDS = _SMALL_WORDS | {"this", "that", "these", "those", "have", "has", "had", "was", "were",
                             "will", "would", "their", "they", "them", "there", "which", "while",
                             "about", "also", "been", "being", "more", "most", "other", "such",
                             "than", "then", "when", "where", "what", "who", "whom", "its", "his",
                             "her", "she", "he", "it", "we", "our", "your", "you", "not", "only"}
_MIN_PROSE_WORDS = 6
# A line above the headline that is shorter than this is a section label ("World", "News |").
_MIN_TITLE_WORDS = 4
# A headline capitalises at least this share of its words past the small ones; prose far fewer.
_TITLE_CASE_SHARE = 0.8
_SENTENCE_START = re.compile(r"^[\"“‘'(]?[A-Z]")
_LIST_ITEM = re.compile(rf"[{re.escape(BULLET_MARKS)}]\s")
_ELLIPSIS = re.compile(r"\s*(?:\.{3}|…)\s*$")
_TOPICAL = 0.3
# Two short paragraphs of prose in a row after furniture speak of the story with fewer of its
# words: a tabloid's "The city has declared three days of mourning." An author's bio of two
# sentences shares a twentieth of them.
_TOPICAL_PAIR = 0.2
# The words of the event: those of the prose of this many articles (a corpus of one has none).
_EVENT_ARTICLES = 2
_CLOSING_WORDS = 8  # the most words of a short line that closes a tabloid's story
# The share of a paragraph's words the event's words must be, when it names nothing the other
# outlets name, for the story to go on there after a newsletter's box.
_TOPICAL_EVENT = 0.5
# A teaser headline is a sentence too; the story resumes only with a real paragraph.
_MIN_RESUME_WORDS = 12
# Paragraphs whose reading is kept while a corpus is classified: wire copy and furniture
# repeat them across it.
_READ_ONCE = 1 << 14


def classify(corpus: Sequence[Sequence[Block]]) -> list[list[Label]]:
    """A (kind, reason) for every block of every article."""
    across = Counter()
    for blocks in corpus:
        across.update({_norm(b.text) for b in blocks if _is_short_line(b.text)})
    shared_furniture = {line for line, n in across.items() if n >= 3}
    event = _EventWords(corpus)
    try:
        return [_ArticleClassifier(blocks, shared_furniture, event).labels() for blocks in corpus]
    finally:  # the paragraphs' readings, kept while the corpus is read, let go
        _furniture_reason.cache_clear()
        _norm.cache_clear()
        _content_words.cache_clear()
        _names_inside.cache_clear()


class _EventWords:
    """The words of the event, and the names in them: those of the prose of _EVENT_ARTICLES
    articles or more. Read when first asked for (a newsletter's box, a short line after the
    story), which most corpora never do."""

    def __init__(self, corpus: Sequence[Sequence[Block]]):
        self.corpus = corpus

    @cached_property
    def words(self) -> set[str]:
        return self._told(_content_words)

    @cached_property
    def names(self) -> set[str]:
        return self._told(_names_inside)

    def _told(self, read) -> set[str]:
        told: Counter[str] = Counter()  # a word of prose -> how many articles use it
        for blocks in self.corpus:
            told.update(set().union(*(read(b.text) for b in blocks if _is_prose(b.text))))
        return {word for word, n in told.items() if n >= _EVENT_ARTICLES}


class _ArticleClassifier:
    def __init__(self, blocks: Sequence[Block], shared_furniture: set[str], event: _EventWords):
        self.blocks = blocks
        self.event = event
        self.texts = [b.text for b in blocks]
        self.labels_: list[Label | None] = [None] * len(blocks)
        self.shared_furniture = shared_furniture
        self.prose = [_is_prose(t) for t in self.texts]

    def labels(self) -> list[Label]:
        self._furniture()
        title = self._title()
        self._repeats(title)
        self._end_of_story()
        self._structure(title)
        return [label or ("body", "") for label in self.labels_]

    def _mark(self, i: int, kind: str, reason: str) -> None:
        if self.labels_[i] is None:
            self.labels_[i] = (kind, reason)

    def _furniture(self) -> None:
        for i, block in enumerate(self.blocks):
            if block.hint == "html":
                self._mark(i, "boilerplate", "raw HTML")
            elif block.hint == "code":
                self._mark(i, "body", "code block")
            elif block.hint in ("title", "heading"):
                continue
            elif reason := _furniture_reason(block.text):
                self._mark(i, "boilerplate", reason)
            elif i and self.labels_[i - 1] == ("boilerplate", "related stories") and _is_headline_list(block.text):
                self._mark(i, "boilerplate", "related stories")  # "Most read", then its numbered headlines
            elif _norm(block.text) in self.shared_furniture:
                self._mark(i, "boilerplate", "repeated across articles")

    def _title(self) -> int | None:
        """The first paragraph shaped like a headline; the shorter lines above it are section labels."""
        labels = []
        for i, block in enumerate(self.blocks):
            if self.labels_[i] is not None:
                continue
            if block.hint == "title" or (block.hint == "" and _is_headline(block.text)
                                         and len(block.text.split()) >= _MIN_TITLE_WORDS):
                if self._masthead(i):
                    labels.append(i)
                    continue
                for j in labels:
                    self._mark(j, "boilerplate", "section label")
                self._mark(i, "title", "first line, shaped like a headline")
                return i
            if block.hint != "" or not _is_headline(block.text):
                break
            labels.append(i)
        if labels:  # no longer headline follows: the short line is the title after all
            self._mark(labels[0], "title", "first line, shaped like a headline")
            return labels[0]
        return None

    def _masthead(self, i: int) -> bool:
        """A row of short fields above the headline names the outlet and the section ("THE
        EXAMPLE LEDGER | Politics | Subscriber brief", "EXAMPLE HERALD - Internal politics"); a
        page's own headline (its HTML title) is none, nor a headline with a dash ("Armenia –
        Azerbaijan peace deal signed")."""
        nxt = next((j for j in range(i + 1, len(self.blocks)) if self.labels_[j] is None), None)
        if nxt is None or self.blocks[i].hint != "" or self.blocks[nxt].hint not in ("", "title"):
            return False
        if _LIVE_TITLE.match(self.texts[nxt]) and _is_name_row(self.texts[i]):
            return True  # the name above a live page's title ("LIVE: …") is the outlet's
        return _is_label_row(self.texts[i]) and _is_headline(self.texts[nxt]) and not _is_label_row(self.texts[nxt])

    def _repeats(self, title: int | None) -> None:
        counts = Counter(_norm(t) for t in self.texts)
        title_text = _norm(self.texts[title]) if title is not None else None
        for i, text in enumerate(self.texts):
            key = _norm(text)
            if i != title and key == title_text:
                self._mark(i, "boilerplate", "repeats the title")
            elif counts[key] > 1:
                self._mark(i, "boilerplate", "repeated in the article")
            elif self._previews_another(i):
                self._mark(i, "boilerplate", "cut-off copy of another paragraph")

    def _previews_another(self, i: int) -> bool:
        """A caption or teaser shown cut ("… causing it to...") above the paragraph it copies."""
        if not self.texts[i].rstrip().endswith(("...", "…")):
            return False  # most paragraphs: the pattern need not scan them
        head = _ELLIPSIS.sub("", self.texts[i])
        if head == self.texts[i] or len(head.split()) < _MIN_PROSE_WORDS:
            return False
        head = _norm(head)
        return any(j != i and _norm(t).startswith(head) for j, t in enumerate(self.texts))

    def _is_prose(self, i: int) -> bool:
        return self.labels_[i] is None and self.prose[i]

    def _end_of_story(self) -> None:
        """After related-stories, comments or an author bio, the rest is furniture unless it is the story again."""
        prose_seen = 0
        for i, text in enumerate(self.texts):
            if self._is_prose(i):
                if prose_seen >= 2 and len(text.split()) <= 40 and _CREDIT.search(text):
                    self.labels_[i] = ("boilerplate", "reporting credit")
                elif prose_seen >= 2 and _BIO.search(text) and _topicality(text, self._story(i)) < _TOPICAL:
                    self.labels_[i] = ("boilerplate", "author bio")
                else:
                    prose_seen += 1
                    continue
            label = self.labels_[i]
            if prose_seen >= 2 and label and label[1] in _END_OF_STORY:
                self._after_end(i)
                return

    def _after_end(self, anchor: int) -> None:
        listing = self.labels_[anchor] == ("boilerplate", "related stories")  # teasers written as sentences follow
        # A newsletter's prompt is often a box inside the story, and the prose after it part of the story;
        # after an author's bio or a copyright line, prose that does not resume the story is more of them
        inline = self.labels_[anchor] == ("boilerplate", "newsletter")
        story = self._story(anchor)  # read once: the paragraphs after the anchor are weighed against it
        passed = []
        for i in range(anchor + 1, len(self.texts)):
            if self._resumes(i, story, pairs=not listing) or (inline and self._goes_on_in_other_words(i, story)):
                # the story resumes: the furniture was inside it (a newsletter's box, a teaser), and
                # so was the prose passed on the way after a box, told in other words than the story's
                # start, and after a teaser's label the prose that speaks of the story, not of another
                for j in passed:
                    if inline or self._tells_more(j, story):
                        self.labels_[j] = None
                return
            if self._is_prose(i):
                passed.append(i)
            self._mark(i, "boilerplate", "after the end of the story")

    def _tells_more(self, i: int, story: set[str]) -> bool:
        """Paragraph i, passed after a teaser's label before the story resumed, is more of the
        story: longer than a teaser's headline, and in the words of the story or of the event."""
        return (len(self.texts[i].split()) >= _MIN_RESUME_WORDS
                and _topicality(self.texts[i], story | self.event.words) >= _TOPICAL)

    def _goes_on_in_other_words(self, i: int, story: set[str]) -> bool:
        """After a newsletter's box, a tabloid's prose goes on in words of its own, which the other
        outlets' telling of the event has: as its own story would when it names what they name
        ("The Culture Ministry reckons the haul is worth 120 million crowns"), else mostly in
        them; a teaser of another story shares a few of their everyday words."""
        if not self._is_prose(i):
            return False
        named = not self.event.names.isdisjoint(_names_inside(" ".join(self.texts[i:i + 2])))
        return (self._resumes(i, story | self.event.words) if named
                else _topicality(self.texts[i], story | self.event.words) >= _TOPICAL_EVENT)

    def _resumes(self, i: int, story: set[str], pairs: bool = True) -> bool:
        """The story goes on at paragraph i: a long paragraph of it, or two paragraphs of prose
        in a row that speak of it (short paragraphs, as tabloids write); a teaser is one line."""
        if not self._is_prose(i):
            return False
        if len(self.texts[i].split()) >= _MIN_RESUME_WORDS and _topicality(self.texts[i], story) >= _TOPICAL:
            return True
        if not (pairs and i + 1 < len(self.texts) and self._is_prose(i + 1)):
            return False
        pair = self.texts[i:i + 2]
        return (not any(_is_title_case(t.split()) or _CREDIT.search(t) or _BIO.search(t) for t in pair)
                and _topicality(" ".join(pair), story) >= _TOPICAL_PAIR)

    def _story(self, before: int) -> set[str]:
        """The content words of the story's prose before paragraph `before`."""
        story: set[str] = set()
        for j in range(before):
            if self._is_prose(j) or (self.labels_[j] or ("",))[0] == "body":
                story |= _content_words(self.texts[j])
        return story

    def _closing_line(self, i: int) -> bool:
        """A short line of the story after its last paragraph, as tabloids close one ("And the
        jewels? Still missing."): sentences in the event's words, not a sign-off."""
        text = self.texts[i]
        return (len(text.split()) <= _CLOSING_WORDS and ends_sentence(text)
                and _topicality(text, self._story(i) | self.event.words) >= _TOPICAL)

    def _only_furniture_after(self, i: int) -> bool:
        """Only furniture follows paragraph i, the first of it a paywall's or a newsletter's
        prompt: a caption before the copyright line is no story cut short."""
        after = self.labels_[i + 1:]
        return (bool(after) and all(label is not None and label[0] == "boilerplate" for label in after)
                and after[0][1] in _PAYWALL)

    def _structure(self, title: int | None) -> None:
        prose = [i for i in range(len(self.texts)) if self._is_prose(i)]
        if not prose:
            return
        first, last = prose[0], prose[-1]
        for i, text in enumerate(self.texts):
            if self.labels_[i] is not None:
                continue
            if self.blocks[i].hint == "heading":
                self._mark(i, "heading", "Markdown heading")
            elif i > last and _is_cut_sentence(text) and (i == len(self.texts) - 1 or self._only_furniture_after(i)):
                self._mark(i, "body", "cut off mid-sentence")  # a paywall's prompt may follow it
            elif i > last and not self.prose[i] and not self._closing_line(i):
                self._mark(i, "boilerplate", "after the end of the story")
            elif i < first and _is_name_only(text):
                self._mark(i, "boilerplate", "byline")
            elif (self.blocks[i].hint == "" and not ends_sentence(text) and len(text.split()) <= 20
                  and not _LIST_ITEM.match(text)  # a bullet tells the story in short: "- Six held"
                  and not text[:1].islower()):  # and so does a line in lower case: "exit poll puts X on 35 seats"
                if _DAY_CLOSING.search(text) and not _is_title_case(text.split()) and not _QUESTION_WORD.match(text):
                    self._mark(i, "boilerplate", "photo caption")  # "Farmers block the road on Thursday"
                else:
                    self._mark(i, "heading", "short line without a full stop")
            elif self.blocks[i].hint == "" and _is_capitals_question(text):
                self._mark(i, "heading", "a question in capitals")  # an explainer's "WHAT DO WE KNOW?"


@lru_cache(maxsize=_READ_ONCE)
def _furniture_reason(text: str) -> str:
    words = len(text.split())
    if words > _BLOCK:
        return ""
    if _is_date_line(text) or _is_dated_row(text):
        return "date or timestamp line"
    low = text.casefold()
    for pattern, reason, most in _FURNITURE:
        if words <= most and any(c in low for c in _CLUES.get(reason, ("",))) and pattern.search(low):
            return reason
    if words <= _LINE and _BYLINE.match(text) and not ends_sentence(text):
        return "byline"
    if _WIRE_CREDIT.search(text):
        return "photo caption or credit"
    if _is_menu(text):
        return "navigation menu"
    return "share or print row" if _is_controls_row(low) else ""


def _is_controls_row(low: str) -> bool:
    tokens = low.replace("|", " ").replace(":", " ").split()
    return len(tokens) >= 2 and all(t in _CONTROLS for t in tokens)


def _is_date_line(text: str) -> bool:
    """At most 8 words, all of a date or time; the first other word settles it (most
    paragraphs are settled by their first word)."""
    words = 0
    for token in text.replace("|", " ").split():
        if any(c.isalnum() for c in token):
            words += 1
            if words > 8 or not _DATE_TOKEN.match(token):
                return False
    return words > 0


def _topicality(text: str, story: set[str]) -> float:
    """Share of the text's content words that the story's prose (`_ArticleClassifier._story`) also uses."""
    words = _content_words(text)
    return len(words & story) / len(words) if words else 0.0


def _is_dated_row(text: str) -> bool:
    """A row of short fields set apart by bars (or, three or more, by dashes, in a line that is no
    sentence), one of them a date, a time or another page detail (`_DETAIL_FIELD`): "World |
    Agency | June 17, 2025", "By Jane Roe, Correspondent | Tuesday 17 June", "Last updated 16:05
    | Refresh" (not a live blog's "21:40 | Turnout was 52 percent."); or by commas, with no full stop, a
    date written as one and names beside it: "Example News Agency, 26.11.2026, 22:14" (not a
    headline's "Ivo Doe, 61, dies in Varn on Monday")."""
    bars = next((b for b in _BARS if b in text), None)
    if bars and (bars in _FIELD_BARS or not ends_sentence(text)):
        fields = _fields(text, bars)
        return (len(fields) >= 2 and all(len(f.split()) <= _FIELD_WORDS and not _is_prose(f) for f in fields)
                and any(_is_date_line(f) or _DETAIL_FIELD.fullmatch(f) for f in fields)
                and (bars in _FIELD_BARS or len(fields) > 2))  # two fields set apart by a dash are a headline's
    if " - " in text:  # unless one is the page's own: "X - Refresh for updates", "X - automatic translation"
        fields = _fields(text, " - ")
        return len(fields) == 2 and all(len(f.split()) <= _FIELD_WORDS for f in fields) and any(
            _PAGES_OWN.fullmatch(f) for f in fields)
    if "," not in text or ends_sentence(text) or not _WRITTEN_DATE.search(text):
        return False  # most lines: settled before they are split
    fields = _fields(text, ",")
    return len(fields) >= 2 and any(_is_written_date(f) for f in fields) and all(
        _is_written_date(f) or (len(f.split()) <= _FIELD_WORDS and _is_title_case(f.split()))
        or (len(f.split()) <= _TIME_WORDS and _WRITTEN_DATE.search(f)) for f in fields)  # "09:45 local time"


_LABEL_WORDS = 4  # the most words of one field of an outlet's and section's row
_SECTION_WORDS = 1  # the most words of a section's name after an outlet's of two words or more and a dash: "World"
_DASHED = re.compile(r"\s+[–—-]\s+")


def _is_label_row(text: str) -> bool:
    """Short fields set apart by bars, or by a dash after an outlet's name in capitals or before
    one word of a section."""
    if "|" in text:
        fields = _fields(text, "|")
    else:  # "EXAMPLE HERALD - Internal politics", "Example Herald — World"; not "Israel – Hamas truce"
        fields = [f for f in _DASHED.split(text) if f.strip()]
        if not (len(fields) == 2 and (fields[0].isupper() or (
                len(fields[0].split()) > 1 and len(fields[1].split()) <= _SECTION_WORDS))):
            return False
    return len(fields) >= 2 and not ends_sentence(text) and all(len(f.split()) <= _LABEL_WORDS for f in fields)


def _is_name_row(text: str) -> bool:
    """A short row of capitalised words only: an outlet's name ("XTV News - Radio Example"), not a
    headline ("Strike on apartment block kills seven")."""
    words = text.split()
    return len(words) <= _LABEL_WORDS * 2 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _is_headline_list(text: str) -> bool:
    """Numbered headlines run into one paragraph (not a list of demands told in sentences)."""
    return len(text.split()) <= _LIST and _HEADLINES.match(text) is not None


def _is_menu(text: str) -> bool:
    """A row of _MENU_ITEMS or more links of a few words each, set apart by bars: "Home | News |
    Crime | Opinion"."""
    fields = _fields(text, "|") if "|" in text else ()
    return len(fields) >= _MENU_ITEMS and all(len(f.split()) <= _MENU_WORDS and _is_title_case(f.split())
                                               and not any(c.isdigit() for c in f) for f in fields)  # not seats won


def _fields(text: str, separator: str) -> list[str]:
    return [f for f in (f.strip() for f in text.split(separator)) if f]


def _is_written_date(field: str) -> bool:
    return _is_date_line(field) and _WRITTEN_DATE.search(field) is not None


def _is_capitals_question(text: str) -> bool:
    """A short question written in capitals: "HOW DID THE CHASE END?"."""
    words = text.split()
    return (len(words) <= _LINE and text.rstrip().endswith("?") and text.upper() == text != text.lower()
            and sum(c.isalpha() for c in text) >= _MIN_PROSE_WORDS)  # a script without case has no capitals


def _is_cut_sentence(text: str) -> bool:
    """A sentence-case paragraph stopped mid-sentence: a page saved or excerpted short, not a heading."""
    if ends_sentence(text) or len(text.split()) < _MIN_PROSE_WORDS or not _SENTENCE_START.match(text):
        return False
    return not _is_title_case(text.split())


def _is_headline(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 30 or _LIST_ITEM.match(text):
        return False  # a bullet under a headline sums the story up: "- Kidnappers demanded €3m"
    return not ends_sentence(text) or _is_title_case(words)


def _is_title_case(words: list[str]) -> bool:
    """Most words past the small ones capitalised: a headline's case, not running prose's."""
    significant = [w for w in words if w.lower() not in _SMALL_WORDS and w[0].isalpha()]
    return bool(significant) and sum(w[0].isupper() for w in significant) >= _TITLE_CASE_SHARE * len(significant)


def _is_prose(text: str) -> bool:
    words = len(text.split())
    return words >= 25 or (words >= _MIN_PROSE_WORDS and ends_sentence(text))


def _is_short_line(text: str) -> bool:
    return len(text.split()) <= 8 and not ends_sentence(text)


def _is_name_only(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words)


_INSIDE_NAME = re.compile(r"(?<=[a-z,] )[A-Z][\w'’-]+")  # a capitalised word inside a sentence: "the Culture …"


@lru_cache(maxsize=_READ_ONCE)
def _names_inside(text: str) -> frozenset[str]:
    return frozenset(m.group() for m in _INSIDE_NAME.finditer(text) if not _DATE_TOKEN.match(m.group()))


@lru_cache(maxsize=_READ_ONCE)
def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in (m.group().lower() for m in _WORD.finditer(text)) if len(w) > 3 and w not in _STOPWORDS)


@lru_cache(maxsize=_READ_ONCE)
def _norm(text: str) -> str:
    return " ".join(text.casefold().split())
