"""Paragraph kinds on hand-made articles shaped like real web pages (no sample text)."""

from tui.core.blocks import Block
from tui.core.boilerplate import classify

STORY = [
    "Harbour Strike Ends After Nine Days",
    "By Jane Roe",
    "4 min read",
    "Published on 12 March 2024",
    "Dock workers in the port city returned to work on Friday after a nine-day strike over wages ended.",
    "The union said its members had accepted a pay rise of 6 percent over two years, short of the 9 percent demanded.",
    "A harbour crane at dawn, March 2024.",
    "What happens next",
    "Shipping companies said it would take a week to clear the backlog of containers waiting at the port.",
    "The port authority estimated the cost of the strike at 40 million euros, a figure the union disputes.",
    "Reporting by Sam Poe; editing by Kim Doe.",
    "Related Articles",
    "Airline Pilots Vote on New Contract",
    "Rail Union Plans Weekend Walkout",
    "Jane Roe is a senior correspondent for The Example Times covering labour and transport.",
    "Sign up for our morning newsletter",
    "© 2024 Example Media. All rights reserved.",
]


def kinds(lines, corpus_extra=()):
    labels = classify([[Block(t) for t in lines], *corpus_extra])[0]
    return [k for k, _ in labels]


def test_story_furniture_is_boilerplate_and_story_is_kept():
    got = dict(zip(STORY, kinds(STORY)))
    assert got["Harbour Strike Ends After Nine Days"] == "title"
    assert got["What happens next"] == "heading"
    for line in STORY[4:6] + STORY[8:10]:
        assert got[line] == "body", line
    boiler = [t for t, k in got.items() if k == "boilerplate"]
    assert set(boiler) == set(STORY[1:4] + [STORY[6]] + STORY[10:])


def test_furniture_inside_the_story_does_not_swallow_the_rest():
    lines = STORY[4:6] + ["Read more: Port strikes across Europe"] + [
        "Dock workers said the agreement also included new safety rules for crane operators at the port.",
        "The union leader said the strike had shown that workers at the port could not be ignored.",
    ]
    assert kinds(lines) == ["body", "body", "boilerplate", "body", "body"]


def test_a_bullet_under_a_short_headline_is_story_not_the_title():
    lines = ["Tycoon's son snatched", "- Kidnappers demanded 6 MILLION dinars from the tycoon dad",
             "- Police swooped on a farmhouse at dawn",
             "The boy was found unharmed in a barn on Friday after a three-day search, police said."]
    assert kinds(lines) == ["title", "body", "body", "body"]


def test_repeated_title_and_repeated_caption():
    lines = ["Harbour Strike Ends", "Harbour Strike Ends", "Port crane, March 2024", *STORY[4:6],
             "Port crane, March 2024", STORY[8]]
    assert kinds(lines) == ["title", "boilerplate", "boilerplate", "body", "body", "boilerplate", "body"]


def test_one_sentence_per_line_news_is_all_story():
    lines = [
        "Actress checks into rehab clinic in California",
        "The actress checked into a rehab clinic on Tuesday, her spokesman said.",
        "She had been ordered by a judge to spend 90 days in treatment.",
        "Her lawyer said she was doing well.",
    ]
    assert kinds(lines) == ["title", "body", "body", "body"]


def test_short_lines_repeated_across_the_corpus_are_furniture():
    furniture = ["Share on social media"]
    others = [[Block(t) for t in ["Other story line here.", "Share on social media"]] for _ in range(2)]
    lines = STORY[4:6] + furniture + STORY[8:10]
    assert kinds(lines, others)[2] == "boilerplate"


def test_sample_corpus_has_no_boilerplate_in_the_story(sample_articles):
    for a in sample_articles:
        body = [p for p in a.paragraphs if p.kind == "body"]
        assert len(body) >= 5, a.id


def labelled(lines):
    return classify([[Block(t) for t in lines]])[0]


def test_a_story_cut_off_mid_sentence_keeps_its_last_paragraph():
    lines = STORY[4:6] + STORY[8:10] + ["The union's treasurer said the fund would be rebuilt over the next"]
    assert labelled(lines)[-1] == ("body", "cut off mid-sentence")


def test_a_cut_capitals_heading_or_title_case_teaser_at_the_end_stays_furniture():
    for last in ["WHAT COMES NEXT FOR THE DOCKS AND THE", "Airline Pilots Vote on New Contract After Long"]:
        assert kinds(STORY[4:6] + STORY[8:10] + [last])[-1] == "boilerplate", last


def test_captions_credits_and_timestamps_are_furniture():
    for line in [
        "Cranes idle on the quay during the strike. Photo: Harbour Agency",
        "Harbour strike | Photo: Wire",
        "Dockers march to the town hall (Photo: Kim Doe)",
        "Alamy",
        "A striker at the gate, 12 March 2024",
        "Updated 3 hours ago",
        "Advert",
        "Example Times Logo",
        "share_icon",
        "Share Print A- A+",
        "Connect with us",
        "We use cookies to improve your experience on our site.",
        "Already a subscriber? Log in",
        "Tuesday , March 12 2024",
        # a wire agency's credit, in its capitals, closing a caption
        "Dockers block the gate of the container terminal on Friday. WIREPIX/Kim Doe",
        "FILE PHOTO: A crane over the quay, May 2, 2023. WIREPIX-PRESS/Kim Doe/File Photo",
        "Image caption, Dockers at the gate on the last day of the strike",
        "Follow us on Twitter",
        "Listen to this article",
        "Video: Dockers march to the town hall",
        "Our Standards: how we report",
        "Story continues below advertisement",
        "Ad Feedback",
        "Loading...",
        "Download the free Example Times app",
        # a row of page details, one of them a date
        "World | Example Wire | March 12, 2024 11:42 AM",
        "By Jane Roe, Labour Correspondent | Tuesday 12 March 2024, 21:15",
        "Last updated: 12 March 2024, 19:05 | Refresh the page for the latest updates",
        "12.03.2024 – 23:14 | Automatic translation from the Dutch. The original article prevails.",
        "[This article was translated automatically from the Dutch.]",
        # a teaser's headline after its label, as long as headlines run
        "Read more: Why the port's cranes have stood idle three times in a decade of disputes",
        "Related: Explainer - what the pay deal means for the country's other ports and harbours",
        "Foto: WIREPIX/Kim Doe",
        "Dockers at the gate on the last day. Photograph: Example Times/Kim Doe",
        "Dockers block the gate on Friday, March 12, 2024. EXAMPLE WIRE/Kim Doe",
        "Share this story: Facebook | X | Email",
        "Follow the Example Times on social media for live coverage.",
        "Subscribe to our newsletter for the latest labour news from the port and beyond",
        # a caption closing on its place and its date, and an agency's credit in words
        "Dockers block the gate of the container terminal, in Harbour Town, Examplia, March 12",
        "Dockers block the gate on Friday, March 12, 2024. Example Wire/Kim Doe",
        # a live blog's control and its closing line, a translation's page details, a paywall
        "Show all key events", "LIVE UPDATES", "Latest updates",
        "This blog is now closed. Follow our coverage of the dispute at the port here.",
        "Example Tijd - World - 12.03.2024 (automatic translation)",
        "This article is for subscribers only. Subscribe to read the full story.",
        # a correction notice, a translation's notice and its page details set apart by commas
        "This article was amended on 14 March 2024 to correct the name of the union's treasurer.",
        "[This text was translated automatically from the Examplish language]",
        "Example News Agency, 12.03.2024, 22:14",
        "Share this article on Facebook | Twitter | WhatsApp",
        "Related coverage: Who runs the port? The strike of 1998 revisited",
        # page details set apart by dashes or bars, with a time written with a dot, a source, a live page's controls
        "Example Dnes – World – 12.03.2024 15:20 – Automatic translation",
        "By Jane Roe in Harbour Town | 12 March 2024, 6.40pm",
        "Example Portal | World | Source: Example Wire",
        "● Live | Refresh for updates",
        "Posted by the Live Desk | Share this post",
        "Example Today live coverage | Auto-refresh: on",
        "Live coverage ended. Follow our live page for the latest",
        # two writers and their agency; a site's typo prompt; a caption opened by its credit
        "By Ann Roe and Ivo Doe, Example Wire",
        "If you found a mistake, select it and press Ctrl+Enter.",
        "Photograph: Kim Doe/Example Times. Dockers block the gate of the terminal on Friday.",
        # a translation's notices, opening it or closing it; a breadcrumb of two fields; a plug closed by the
        # outlet's copyright; a live page's note on its times; the edition a page comes from
        "[Automatically translated from Examplish. Original text: Example Glas]",
        "Example Glas - this article is translated automatically from the Examplish language",
        "The translation is made by machine from the Examplish original. Example Glas does not carry "
        "responsibility for the errors of translation.",
        "Companies › Ports & Shipping",
        "Follow the Example Blitz for more port news. © Example Blitz Newspapers",
        "Refresh for updates. All times local.",
        "Print edition, Wednesday March 13",
        # page details set apart by middle dots; an outlet's plug for itself; a live page's credit; a
        # caption in brackets
        "Brief · 3 min read · March 13", "Tuesday 12 March · 3 min read",
        "Follow the Example Blaze on all channels for the latest from the port",
        "Live coverage by Jana Roe and the Example Today newsroom.",
        "[Photo: Dockers at the gate of the terminal on Friday. (Example Wire)]",
        # a translation's dateline closed by its notice; a newsletter plug with the newsletter's name; a live
        # page's greeting
        "Harbour Town, 11 of March (Example Glas, automatic translation)",
        "Sign up for the Ledger's Morning Briefing, our free daily newsletter on ports and markets.",
        "08:30 Good morning and welcome to our live coverage.",
        # a translation's page details closed by its notice in words; a live page's farewell
        "Example Glas - World - [text translated automatically]",
        "21:15 Update: That's where we'll leave our live coverage for today. Thank you for following along.",
        # a translation's dateline closed by its notice; a tabloid's teasers after its label; a live page's team,
        # its opening and its closed comments; a paper's note on its section and its letters
        "Example Glasnik, 13 of March, 18:20 (The text is translated automatically from Examplish language)",
        "MORE FROM THE BLARE: Pensioner wins lottery twice in one week | TV chef in motorway drama",
        "By the Example Today live team: Sanja Roe and Ivo Doe",
        "07:02 We are launching this live page following reports of explosions in the bay overnight.",
        "Comments are closed on this live blog. Follow Example Today on social media for breaking news alerts.",
        "This article appears in the Example World section. Letters to the editor: letters@example.example",
        "SHARE this story - and tell us what you think in the comments below.",
        # a translation's page details set apart by slashes and its notice of source; a paper's note on its print
        # headline; a broadcaster's plug
        "Gazeta Example / Abroad / Automatic translation",
        "Source: automatic translation from the original language. The editorial office does not answer for the "
        "quality of the translation.",
        "This article appeared in the print edition under the headline \"Corridor of fire\".",
        "Listen live: Radio Example, 98.4 FM and on our app.",
        # a translation's masthead, its town and date closed by a long notice
        "Example Vestnik - Harbour Town, 3 of March [Automatic translation from the Examplish language]",
        # a caption in brackets with its label, a newsletter's plug after a dash, a broadcaster's plug
        "[Photo caption: Dockers at the gate of the terminal on Friday. (Example Wire)]",
        "Get the Example Morning Brief - sign up for our free newsletter, delivered every weekday at 7 a.m.",
        "Listen live on Radio Example or download the Example app for alerts.",
        # a translation's notice in words and its masthead with the notice after a hyphen; a live page's date
        "Translated from Examplish by machine. Original: Example Glas, 11.03.",
        "Example Glas - automatic translation", "Saturday 7 March - Refresh for updates",
        # a byline set off by a dash as a list's item; a page's notice that it was translated
        "- By Ann Roe, Staff Writer", "This page has been automatically translated.",
        # a caption with no sentence; a sign-up form's consent; an embedded video player's lines
        "File photo of Ivo Tamm", "We use your sign-up to provide content in ways you've consented to. You can "
        "unsubscribe at any time. More info", "Tap here to see other videos from our team.", "Back to video",
        "Article content",
        # a teaser's bare label, a source alone on its line, a sign-in prompt, a post embedded from a social network
        "Read: Why the port strikes every winter", "Source: Example Wire", "Forgot your password?",
        "— Example Port Authority (@ExamplePort) March 12, 2024",
        # a caption opened by its label and closed by its credit; a page's widgets, code and own prompts
        "FILE: Ivo Tamm in court on 15 June. Picture: Pool.", "20°C / 22°C", 'var x = document.getElementById("a");',
        '<div class="ad"></div>', "Now Reading :", "Share your views", "Back to login", "Quote of the day",
    ]:
        assert kinds(STORY[4:6] + [line] + STORY[8:10])[2] == "boilerplate", line


def test_a_newsletter_box_or_a_teaser_inside_a_tabloid_story_does_not_end_it():
    tabloid = [
        "Dock workers in the port city returned to work on Friday after a nine-day strike over wages ended.",
        "The union said its members had accepted a pay rise of 6 percent over two years.",
        "Read more: Port strikes across Europe - the week the cranes stopped in three countries",
        "Shipping companies said it would take a week to clear the backlog of containers at the port.",
        "Subscribe to our newsletter for the latest news",
        "The union's leader hailed the deal as a win for dock workers.",
        "The port will run extra shifts this weekend.",
        "Read more: Who runs the port?",
        "Its director vowed: \"We will clear every container by Friday.\"",
        "Lorries queued for miles outside the gates.",
    ]
    assert kinds(tabloid) == ["body", "body", "boilerplate", "body", "boilerplate", "body", "body", "boilerplate",
                              "body", "body"]


def test_the_story_resumed_after_a_newsletter_box_keeps_the_paragraphs_told_in_its_own_words():
    tabloid = [
        "Dock workers in the port city returned to work on Friday after a nine-day strike over wages ended.",
        "The union said its members had accepted a pay rise of 6 percent over two years.",
        "Shipping companies said it would take a week to clear the backlog of containers at the port.",
        "Subscribe to our newsletter for the latest news",
        "Furious hauliers slammed the bosses for letting the chaos drag on and on.",
        "Shopkeepers moaned that shelves had been left bare for days.",
        "The port's director said extra shifts would run this weekend to clear the backlog of containers.",
        "The union said it would meet the port's managers again in the spring to talk about wages.",
    ]
    assert kinds(tabloid) == ["body"] * 3 + ["boilerplate"] + ["body"] * 4


def test_prose_after_a_newsletter_box_told_in_the_other_outlets_words_is_the_story_going_on():
    tabloid = [
        "Dock workers in the port city walked back in on Friday after a bitter nine-day walkout.",
        "Bosses caved in and handed the dockers a fat pay rise.",
        "SIGN UP for our Money Newsletter – the biggest stories straight to your inbox",
        "The harbour authority puts the damage at a whopping 40 million euros.",
        "\"We won because we stuck together,\" roared union chief Ada Voss.",
        "And the containers? Still stacked to the sky.",
    ]
    others = [[Block(t) for t in (
        "The harbour authority estimated the damage to trade at 40 million euros, a figure the union disputes.",
        "Union leader Ada Voss said the members had won because they stuck together through the strike.",
        "Thousands of containers remain stacked at the terminals waiting to be moved.",
    )]] * 2
    assert kinds(tabloid, others) == ["body", "body", "boilerplate", "body", "body", "body"]
    # alone, with no other outlet to tell the event's words, the prose after the box stays furniture
    assert kinds(tabloid)[3:] == ["boilerplate"] * 3


def test_a_line_without_a_full_stop_closing_on_its_day_is_a_caption_not_a_heading():
    lines = STORY[4:6] + ["Dockers block the gate of the terminal on Friday", "What happened at the port on Friday"] \
        + STORY[8:10]
    assert kinds(lines)[2:4] == ["boilerplate", "heading"]


def test_prose_of_the_story_after_a_teasers_label_inside_it_stays_story_and_a_teaser_does_not():
    lines = STORY[4:6] + [
        "MORE FROM EXAMPLE NEWS",
        "Dockers at rival ports vote to strike over wages",  # a teaser of another story on the subject
        "Ada Voss told reporters that thousands of containers remain stacked at the terminals, waiting to be moved.",
        "The dock workers in the port city who returned to work on Friday said the strike over wages had been worth "
        "it, and the union said its members would watch closely how the pay rise of 6 percent was paid.",
    ]
    others = [[Block(t) for t in (
        "Union leader Ada Voss said the members had won because they stuck together through the strike.",
        "Thousands of containers remain stacked at the terminals waiting to be moved.",
    )]] * 2
    assert kinds(lines, others) == ["body", "body", "boilerplate", "boilerplate", "body", "body"]


def test_a_line_in_lower_case_without_a_full_stop_is_story_told_in_short_not_a_heading():
    lines = STORY[4:6] + ["union vote puts the pay rise at 6 percent, 2 points above inflation", "What the deal says"] \
        + STORY[8:10]
    assert kinds(lines)[2:4] == ["body", "heading"]


def test_a_tabloids_short_closing_line_in_the_storys_words_is_story_and_a_sign_off_is_not():
    tabloid = ["Dock workers in the port city walked back in on Friday after a bitter nine-day walkout.",
               "Bosses caved in and handed the dockers a fat pay rise for the containers.",
               "And the containers? Still stuck.", "Thanks for reading.", "Share this article: Facebook | X"]
    assert kinds(tabloid) == ["body", "body", "body", "boilerplate", "boilerplate"]


def test_a_question_in_capitals_is_an_explainers_heading():
    lines = STORY[4:6] + ["HOW DID THE STRIKE END?", "WHY?"] + STORY[8:10] + ["Why did it end? Nobody knows."]
    assert kinds(lines) == ["body", "body", "heading", "body", "body", "body", "body"]


def test_story_that_only_looks_like_furniture_is_story():
    for line in ["Machine translation software let the gang write convincing letters to victims in 12 languages.",
                 "21:40 | Turnout was 52 percent, the electoral commission says.",
                 "Follow-up posts on social media suggested the gunman had fled abroad.",
                 "By Monday, police had arrested six people.", "- By Tuesday the port had reopened.",
                 "This page has been read by thousands of dockers, the union said.",
                 "A file photo of Tamm was shown to the jury on Monday.",
                 "The regulator said the promise that you can unsubscribe at any time was false, and fined the firm.",
                 "Source: a docker who asked not to be named, because he feared for his job.",
                 "Share your views on the strike with the union, its leader told members on Friday.",
                 "Temperatures at the port fell to 2°C overnight.",
                 "Credit: the union's strike fund paid the workers.", "<b>Update:</b> The port reopened on Friday.",
                 "Click here to see other videos, the union told members, was its most shared post.",
                 "Live coverage of the trial ended on Friday when the judge banned cameras from the courtroom.",
                 "The minister – who resigned on 3 March – said the port would reopen.",
                 "Automatically translated subtitles made the union's video popular abroad, its leader said.",
                 "Print edition sales fell by a third during the strike, the publisher said.",
                 "Follow these rules for the latest ferry times, the harbour master said.",
                 "Follow the money, the prosecutor told the court on Monday.",
                 "« We will never surrender » , Renk said.",
                 "Machine-translated from Examplish, the leaflets urged dockers to end the strike and go home.",
                 "The ministry insists it does not bear responsibility for errors in the translation of the deal, "
                 "which both sides signed on Friday.",
                 "Welcome to the live coverage, the minister joked as cameras rolled into the chamber on Tuesday.",
                 '"Thank you for following us this far," the captain told the passengers as they left the ship.',
                 "The suspect said that's where we'll leave it, before he ended the call, prosecutors said.",
                 "By the time the team arrived, the port was closed.",
                 "More from the minister: the port will reopen on Monday, she said, and wages will rise.",
                 "The text is translated automatically by the court's software, the defence said.",
                 "Comments are closed, the spokesman said, refusing to discuss the strike further.",
                 "We are launching an inquiry into the strike, the minister told parliament.",
                 "Tell us what you think, the mayor told residents at the meeting, and the comments poured in.",
                 "07:02 We are launching this live page after at least 12 people were killed in a blast in Varn.",
                 "21:15 That's where we'll leave our live coverage. Officials say 23 people are dead and 40 missing.",
                 "Thank you for following our coverage. The death toll has now risen to 41, the ministry says.",
                 "Share your photos and videos of the attack with detectives via the online portal, police said.",
                 '"Tell us what you think in the comments," Roe wrote under the video, which drew 40,000 replies.',
                 "Listen live: the minister's speech was broadcast on state radio at noon, officials said.",
                 "Police said they will inform about the development of the case on Monday, the spokesman said.",
                 "Prosecutors / police said the suspects had fled abroad.",
                 "This article appeared in the print edition, the editor told the court on Monday.",
                 "The union's leader, who has led the dockers since the strike of 2019, said on Monday that the "
                 "deal was the best in a decade for the port and its workers and their families. © Example Wire"]:
        assert kinds(STORY[4:6] + [line] + STORY[8:10])[2] == "body", line


def test_a_timeline_entry_and_a_headline_set_apart_by_a_dash_are_no_page_details():
    for line in ["March 3 – Police arrest the mayor at his office", "Live ammunition fired at protesters – witnesses",
                 "Prosecutors – sources close to the case – say more arrests are expected"]:
        assert kinds(STORY[4:6] + [line] + STORY[8:10])[2] != "boilerplate", line


def test_teasers_after_a_list_of_related_stories_and_a_caption_before_the_copyright_stay_furniture():
    lines = STORY[4:6] + STORY[8:10] + [
        "Related stories",
        "Ferry sinks in high winds off the island: coastguard says dozens missing.",
        "Survivors describe panic on the car deck as the island ferry sank.",
    ]
    assert kinds(lines)[-2:] == ["boilerplate", "boilerplate"]
    captioned = STORY[4:6] + STORY[8:10] + ["Dock workers gather at the gate of the port on Friday morning",
                                            "© 2024 Example Media. All rights reserved."]
    assert kinds(captioned)[-2:] == ["boilerplate", "boilerplate"]


def test_a_paragraph_cut_by_a_paywall_is_story():
    lines = STORY[4:6] + STORY[8:10] + ["The union's treasurer said the fund would be rebuilt over the next",
                                        "Subscribe to continue reading. Already a subscriber? Log in"]
    assert kinds(lines)[-2:] == ["body", "boilerplate"]


def test_a_caption_shown_cut_above_its_full_copy_is_furniture():
    caption = "Cranes stand idle on the quay of the port during the nine-day strike over pay"
    lines = [caption[:40] + "...", caption + ". Photo: Wire", *STORY[4:6]]
    assert labelled(lines)[0] == ("boilerplate", "cut-off copy of another paragraph")


def test_section_labels_above_the_headline_are_not_the_title():
    lines = ["World |", "News", "Harbour Strike Ends After Nine Days of Talks", *STORY[4:6]]
    assert labelled(lines)[:3] == [("boilerplate", "section label"), ("boilerplate", "section label"),
                                   ("title", "first line, shaped like a headline")]


def test_a_short_headline_alone_is_still_the_title():
    assert kinds(["Strike Ends", *STORY[4:6]])[0] == "title"


def test_prose_that_mentions_a_photo_or_a_logo_is_story():
    lines = STORY[4:6] + ["The union printed a new logo on its flags, and a photo of the march went round the port.",
                          "Members said: the deal is fair."]
    assert kinds(lines)[2:] == ["body", "body"]


def test_an_agencys_name_and_a_slash_inside_a_sentence_is_story():
    for line in ["The UN/OSCE mission said on Monday that the port would stay open to aid ships.",
                 "Support for the strike fell to 38 percent in a poll by NPX/Civica.",
                 "The cargo was checked by the joint UN/EU Harbour Task Force."]:
        assert kinds(STORY[4:6] + [line])[2] == "body", line


def test_reporting_credits_and_an_update_note_after_the_story_are_furniture():
    for line in ["Kim Doe contributed reporting from the port.", "Additional reporting by Kim Doe in the capital",
                 "This story has been updated with the union's comments.",
                 "Contact reporter Kim Doe at kdoe@example.org", "Got a tip? Write to the newsroom",
                 "Please enable JavaScript to watch this video"]:
        assert kinds(STORY[4:6] + STORY[8:10] + [line])[-1] == "boilerplate", line


def test_who_reported_from_where_is_a_credit_only_of_the_name_before_it():
    credit = "Kim Doe reported from the port."
    assert kinds(STORY[4:6] + STORY[8:10] + [credit])[-1] == "boilerplate"
    story = "The union leader, who has reported from the docks for a decade, denies the charges."
    after = "Dock workers said the agreement also included new safety rules for crane operators at the port."
    assert kinds(STORY[4:6] + STORY[8:10] + [story, after])[-2:] == ["body", "body"]


def test_an_appeal_for_information_in_the_story_is_story():
    line = "Anyone with information about the fire is asked to email tips@harbour-police.example."
    assert kinds(STORY[4:6] + STORY[8:10] + [line])[-1] == "body"


def test_a_headline_with_an_age_between_commas_is_no_row_of_page_details():
    for headline in ["FREED! Schoolboy Ivo, 15, rescued from the cellar of a farmhouse",
                     "Ivo Brandt, 61, dies in Sellin on Monday", "Storm hits coast, 3 dead, June 5"]:
        assert kinds([headline, *STORY[4:6]])[0] == "title", headline
    lines = STORY[4:6] + ["Workers vote to return on Monday, March 12"] + STORY[8:10]
    assert kinds(lines)[2] == "heading"


def test_prose_that_urges_readers_to_subscribe_is_story():
    line = "The streaming service urged viewers to subscribe now, before prices rise in March, its chief said."
    assert kinds(STORY[4:6] + [line] + STORY[8:10])[2] == "body"


def test_a_pages_breadcrumb_menu_and_detail_rows_are_not_the_title():
    for row in ["Example News > World > Europe", "Home | News | Crime | Opinion", "The Example Ledger | World | Brief",
                "Politics | Briefing | 3 min read", "EXAMPLE HERALD | Politics | Automatic translation"]:
        assert labelled([row, "Harbour Strike Ends After Nine Days of Talks", *STORY[4:6]])[:2] == [
            ("boilerplate", labelled([row])[0][1]), ("title", "first line, shaped like a headline")], row
    assert kinds(["EXCLUSIVE | By Kim Doe", *STORY[4:6]])[0] == "boilerplate"


def test_a_pages_calls_to_its_readers_are_furniture():
    for line in ["Get the day's top stories in your inbox - sign up for the Example Morning newsletter.",
                 "Sign up for the Example Briefing - the day's top stories in your inbox every weekday.",
                 "Refresh for updates", "Read also in Example Times: Bread prices rise | The river bridge reopens",
                 "WHAT A SHAMBLES. See our verdict on page 12.",
                 "HAVE YOUR SAY: Who is to blame for the strike? Text DOCKS to our reader line.",
                 "Got a story? Contact the Example Express newsdesk - we pay for exclusives.",
                 "SHARE YOUR STORY: Contact the news desk."]:
        assert kinds(STORY[4:6] + [line] + STORY[8:10])[2] == "boilerplate", line


def test_a_list_of_other_stories_run_into_one_paragraph_is_furniture():
    headlines = " ".join(f"{n}. {h}" for n, h in enumerate([
        "Dock workers return to the port after a nine-day strike over wages",
        "Union members accept a pay rise of 6 percent over two years", "Shipping companies: a week to clear the backlog",
        "Port authority puts the cost of the strike at 40 million euros"], 1))
    assert kinds(STORY[4:6] + STORY[8:10] + ["Most read", headlines])[-2:] == ["boilerplate", "boilerplate"]
    story = ("The union listed its demands: 1. a pay rise of 9 percent. 2. new safety rules. 3. a shorter week. "
             "The port authority said it would answer them by Friday.")
    assert kinds(STORY[4:6] + [story] + STORY[8:10])[2] == "body"


def test_an_outlets_masthead_row_above_the_headline_is_a_section_label():
    for row in ["THE EXAMPLE LEDGER | Politics | Subscriber brief", "EXAMPLE HERALD - Internal politics",
                "XTV News | Example Radio-Television", "Briefing | Crime & Security", "Example Vestnik — World"]:
        assert labelled([row, "Harbour Strike Ends After Nine Days of Talks", *STORY[4:6]])[:2] == [
            ("boilerplate", "section label"), ("title", "first line, shaped like a headline")], row
    assert kinds(["Port Strike | Analysis", *STORY[4:6]])[0] == "title"  # alone, the row is the headline
    # the name above a live page's title is the outlet's, a headline above a link to one is the title
    assert labelled(["XTV News - Radio Example", "LIVE: Dockers strike at the port - talks resume", *STORY[4:6]])[:2] == [
        ("boilerplate", "section label"), ("title", "first line, shaped like a headline")]
    assert kinds(["Dockers strike at the port as talks fail", "LIVE: Port strike latest updates", *STORY[4:6]])[0] == (
        "title")


def test_more_of_a_pages_own_lines_are_furniture():
    for line in ["Related: Port chief renews call for talks | Dockers test the sirens | Explainer: what a "
                 "strike costs a harbour town and who pays for the lost weeks of trade",
                 "Follow Example World for the latest updates | Comments (312)",
                 "Example TV is not responsible for the content of external sites.",
                 "Translated automatically. The original article is in the language of Example Glas.",
                 "Example Glas - News of the region [This article was translated automatically]",
                 "Did you witness the strike? Call the Example Blaze newsdesk or email tips@blaze.example",
                 "Example 7 News - watch live on Example 7 and follow our coverage throughout the day.",
                 "Posted by the Example News desk. Follow Example News on social media for alerts.",
                 "Have you been affected? Call our newsdesk or email tips@klaxon.example",
                 "WHAT DO YOU THINK? Should the mayor go quietly? Email letters@klaxon.example or comment below.",
                 "Posted by Example News live team: Kim Doe and Ivo Tamm",
                 "Example Glas - news (automatic translation from the Ostravian language)",
                 "[Automatic translation from the Ostravian language]",
                 "The translation is produced automatically and can contain mistakes. Original article: Example Glas."]:
        assert kinds(STORY[4:6] + [line] + STORY[8:10])[2] == "boilerplate", line


def test_story_that_shares_words_with_a_pages_calls_and_lists_is_story():
    for line in ["Storm hits the harbour town - live updates from the coast guard",
                 "14:05 - Police detain 14 near the court - 3 officers lightly injured",
                 "Refresh of the cabinet - the mayor names four new deputies",
                 "Millions more were expected to watch live on state television, officials said.",
                 "Police say the fake fines landing in your inbox claim to come from the regional tax office.",
                 "Prosecutor Ivo Lenk read out the passage on page 12 of the letter, in which the defendant admitted it.",
                 "Did you witness the crash? Police are urging anyone with dashcam footage to call 101.",
                 "1. Harbour safety 2. Food security 3. Energy supply 4. Release of all prisoners and deportees",
                 "Labour 212 | Conservatives 180 | Liberals 45 | Greens 30",
                 "Deaths rose by a third in June, according to media coverage compiled by a monitoring group.",
                 "The court heard he had threatened to call the Herald newsdesk and reveal the affair.",
                 "The translation was made automatically by the court's software, the defence argued.",
                 "By Easter Sunday the ceasefire had collapsed along the front line"]:
        assert kinds(STORY[4:6] + [line] + STORY[8:10])[2] != "boilerplate", line
    for headline in ["Armenia – Azerbaijan peace deal signed", "Kyiv – Moscow talks collapse", "Israel – Hamas truce"]:
        lines = [headline, "Leaders meet in the capital after decades of war over the border", *STORY[4:6]]
        assert kinds(lines)[0] == "title", headline


def test_a_byline_of_two_writers_and_their_places_and_a_live_pages_credit_are_furniture():
    assert kinds(["Harbour Strike Ends After Nine Days of Talks", "By Ann Roe in Varno and Ivo Tamm in Orsk",
                  *STORY[4:6]])[1] == "boilerplate"
    credit = "Live coverage compiled by Kim Doe and Ivo Tamm, Example 24 news desk."
    assert kinds(STORY[4:6] + STORY[8:10] + [credit])[-1] == "boilerplate"
    headlines = ("Most read 1. Central bank leaves its rate unchanged 2. Who really owns the port? Inside a company "
                 "web 3. Office rents fall again")
    assert kinds(STORY[4:6] + STORY[8:10] + [headlines])[-1] == "boilerplate"
