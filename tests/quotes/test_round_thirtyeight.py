"""Round thirty-eight: a held-out round in genres not met before - a Commons debate on an
island ferry bill, a care worker's employment tribunal, a festival interview with a film
director, a storm-warning explainer, a transfer-gossip column, a space-heater recall, a
primary school's inspection and an aged-care ward's closure. Every sentence here is the
project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


def test_a_bare_body_noun_after_a_headline_quote_speaks():
    # "'…,' regulator says": the headline drops the article before a regulator, a
    # watchdog, a coroner or forecasters as it does before "minister" or "union"
    for noun in ("regulator says", "watchdog warns", "coroner says", "forecasters say"):
        text = f"Space heaters recalled after fires: 'Stop using them now,' {noun}\nStandfirst.\nBody."
        assert who(text, heads=2)[0] == ("Stop using them now,", noun.split()[0])
    # must not fire: the noun as an object in the body is no speaker
    text = 'The company wrote to the regulator, saying it was "deeply sorry".'
    assert who(text) == [("deeply sorry", "the company")]


def test_a_headline_passive_is_no_speaker():
    # "Nearly 900,000 heaters recalled: '…'": what was recalled, jailed or fined did not
    # speak (the headline's "was" dropped), not even its first capital
    for head in ("Nearly 900,000 heaters recalled", "Heaters recalled after fires", "Man jailed after crash"):
        assert who(f"{head}: 'Stop using them now'\nStandfirst.\nBody.", heads=2) == [("Stop using them now", None)]
    # must not fire: a name and a verb in the present, or a name on a topic
    assert who("Ruiz hits back: 'Stop using them now'\nStandfirst.\nBody.", heads=2) == [("Stop using them now", "Ruiz")]
    assert who("Ruiz on the ferry cuts: 'Stop using them now'\nStandfirst.\nBody.", heads=2) == [("Stop using them now", "Ruiz")]
    # nor in the body, where the past tense is the writer's: "Sanders delivered a retort: …"
    assert who('Sanders delivered a snappy retort: "I will never forgive him."') == [("I will never forgive him.", "Sanders")]


def test_where_a_firm_is_based_is_no_subject():
    # "Brightwell, based in Ferncastle, Ohio, said": the aside after the name holds a place
    for aside in ("based in Ferncastle, Ohio,", "based in Ferncastle,", "headquartered in Ferncastle,"):
        text = f'Brightwell, {aside} said in a statement that it had "acted voluntarily and swiftly".'
        assert who(text) == [("acted voluntarily and swiftly", "Brightwell")]
    text = 'Dr Ana Ruiz, based in Ferncastle, said it was "a mess".'
    assert who(text) == [("a mess", "Ana Ruiz")]
    # must not fire: the place word joined to the name before it is the writer's
    text = 'Ferncastle-based Brightwell said it had "acted swiftly".'
    assert who(text) == [("acted swiftly", "Brightwell")]


def test_a_club_and_a_role_before_a_name_open_a_participles_subject():
    # "Dunmore boss Sean Whitcombe was more guarded, saying only that …": the club's name
    # before the role and the name is no subject of its own
    text = ('Dunmore boss Sean Whitcombe was more guarded, saying only that the club had "a good relationship" '
            'with Ashby and would "see what happens".')
    assert who(text) == [("a good relationship", "Sean Whitcombe"), ("see what happens", "Sean Whitcombe")]
    text = 'Kingsmoor manager Ana Ruiz was upbeat, calling the draw "a fair result".'
    assert who(text) == [("a fair result", "Ana Ruiz")]
    # must not fire: the club as the subject of its own verb
    text = 'Dunmore beat Ashby on Saturday, calling it "a fair result".'
    assert who(text) == [("a fair result", "Dunmore")]


def test_inspectors_findings_are_theirs():
    # "Inspectors found … and that leaders had "lost sight" …": the finding trades' "found"
    # is a verb of saying as a report's is
    text = 'Inspectors found pupils were not safe at break times and that leaders had "lost sight" of safeguarding.'
    assert who(text) == [("lost sight", "inspectors")]
    text = 'Investigators found that the crew had "no chance" of recovering.'
    assert who(text) == [("no chance", "investigators")]
    # must not fire: what the police found written on a note is not theirs
    assert who('Police found a note that read "sorry".') == [("sorry", None)]


def test_reminding_someone_that_is_saying():
    # "at one point reminding members that "…"": whom one reminds sits between the verb and
    # the "that"
    text = ("The deputy speaker, Margaret Oyelaran, twice called the house to order as the exchanges grew heated, "
            'at one point reminding members that "the islanders are not served by shouting".')
    assert who(text) == [("the islanders are not served by shouting", "Margaret Oyelaran")]
    text = 'Ana Ruiz reminded reporters that the council had "no money left".'
    assert who(text) == [("no money left", "Ana Ruiz")]
    # must not fire: a thing that reminds one of something says nothing
    assert who('The old mill reminds visitors of "the bad years".') == [("the bad years", None)]


def test_one_of_a_group_as_a_passives_agent():
    # "accused by one of their own backbenchers of "…"": the agent is one of a group
    text = 'Ministers were accused by one of their own backbenchers of "quietly sinking" the ferry routes.'
    assert who(text) == [("quietly sinking", "one of their own backbenchers")]
    text = 'Ministers were accused by a backbencher of "quietly sinking" the ferry routes.'
    assert who(text) == [("quietly sinking", "a backbencher")]
    # must not fire: no agent, no speaker
    assert who('Ministers were accused of "quietly sinking" the ferry routes.') == [("quietly sinking", None)]


def test_a_works_title_after_the_arts_pages_words_is_nobodys():
    # "who also produced Okoro-Hale's debut "Brackwater," says the budget …": the film's
    # title is no quote, and "says the budget" no inverted speaker; the producer speaks next
    text = ('Producer Marcus Veldhuizen, who also produced Okoro-Hale\'s debut "Brackwater," says the budget of just '
            'under £2 million left "no margin at all" for weather days.\n'
            '"We lost nine days to storms," he says.')
    assert who(text) == [("Brackwater,", None), ("no margin at all", "Marcus Veldhuizen"),
                         ("We lost nine days to storms,", "Marcus Veldhuizen")]
    assert "the budget" not in speaker_names(text)
    # must not fire: words in lower case after "debut" are someone's
    text = 'Ana Ruiz called her debut "a mess from start to finish."'
    assert who(text) == [("a mess from start to finish.", "Ana Ruiz")]


def test_a_name_after_the_island_of_is_a_place():
    # "The shoot, on the real island of Stennet Holm, ran …": the island is no she
    text = (
        'The film follows Ada, a 17-year-old who stays behind on a tidal island off the Wendmere coast after her family leaves for the mainland. Okoro-Hale found her lead, Bisi Adeyemo-Clarke, at a youth theater workshop in Grimsford.' "\n"
        '“She walked in and didn’t try to impress anybody. She just sat there and looked at me, and I thought, that’s the film,” Okoro-Hale tells Variety. “I wanted the camera to be a little bit afraid of her.”' "\n"
        'The shoot, on the real island of Stennet Holm, ran to the rhythm of the tides. The crew had roughly five hours a day before the causeway disappeared.' "\n"
        '“You can’t negotiate with the sea. You can’t say, ‘Just give us one more take,’” she says. “So the schedule wasn’t ours. It belonged to the moon, basically.' "\n"
        '“And honestly, that was a gift. It meant nobody could be precious. If a scene wasn’t working, we didn’t have time to argue about it, we just moved on and found something else.”' "\n"
        'That pressure also led to the decision she describes as “the scariest thing I’ve done as a filmmaker”: abandoning the shooting script in the second week.'
    )
    assert who(text)[-1] == ("the scariest thing I’ve done as a filmmaker", "Okoro-Hale")
    assert "Stennet Holm" not in speaker_names(text)
    # must not fire: a person after "the wife of" is still a she
    text = 'Tom Hale spoke to the wife of Ana Ruiz.\n"We were lucky," she said.'
    assert who(text) == [("We were lucky,", "Tom Hale")]


def test_the_agency_stands_for_the_public_body_named_before():
    # "The Federal Consumer Safety Commission said … "…," the agency said": a public body
    # by its name's head word, none of them an Agency
    text = ('The Federal Consumer Safety Commission said it had received 163 reports. Two of the fires caused '
            '"extensive property damage," the agency said.')
    assert who(text) == [("extensive property damage,", "Federal Consumer Safety Commission")]
    text = 'The Northern Weather Service said gusts could reach 90mph. "Stay indoors," the agency said.'
    assert who(text) == [("Stay indoors,", "Northern Weather Service")]
    # must not fire: a company is no agency
    text = 'Brightwell Ltd said it had received 16 reports. "Stop now," the agency said.'
    assert who(text) == [("Stop now,", "the agency")]


def test_an_interview_headline_quote_then_a_name_on_a_topic():
    # "'I Wanted the Camera to Be Afraid of Her': Tamsin Okoro-Hale on Her New Film": the
    # trade papers' interview headline, the name written again in the story
    text = ("‘I Wanted the Camera to Be Afraid of Her’: Tamsin Okoro-Hale on Her New Film\n"
            "The director talks about shooting on a tidal island.\n"
            "The director Tamsin Okoro-Hale had been told her film could not be made.")
    assert who(text, heads=2) == [("I Wanted the Camera to Be Afraid of Her", "Tamsin Okoro-Hale")]
    # must not fire: a place on an idiom's bare noun or on the brink is no speaker
    for rest in ("on alert as storm nears", "on the brink as storm nears"):
        text = (f"‘Stop the cuts’: Harbour City {rest}\nResidents march.\n"
                "Residents of Harbour City marched on Saturday.")
        assert who(text, heads=2) == [("Stop the cuts", None)]


def test_what_a_court_heard_is_told_of_the_clauses_subject():
    # "The tribunal heard that the home's manager, Darren Hollis, forwarded … with the
    # comment "…"": the words are the manager's, not the tribunal's
    text = ("The tribunal heard that the home's manager, Darren Hollis, forwarded one of the emails to a regional "
            'director with the comment "here we go again".')
    assert who(text) == [("here we go again", "Darren Hollis")]
    # must not fire: what a person heard is no words of his
    assert who('Darren Hollis heard that the van was "a death trap".') == [("a death trap", None)]
    assert who('The court heard that the van was "a death trap".') == [("a death trap", None)]


def test_an_employer_calls_things_as_a_body_does():
    # "dismissed for what her employer called "gross misconduct"": the employer speaks
    text = 'Glenys Parry was dismissed in March for what her employer called "gross misconduct".'
    assert who(text) == [("gross misconduct", "her employer")]
    # must not fire: a thing is named, not said ("a scheme called …")
    text = 'Glenys Parry joined a scheme called "Fair Work" run by her employer.'
    assert who(text) == [("Fair Work", None)]


def test_the_minister_after_a_cabinet_secretary_is_that_secretary():
    # "…," the minister replied, after "the transport secretary, Alasdair Penrose": a
    # portfolio's secretary is its minister, as the Westminster papers write
    text = ('Opening the debate, the transport secretary, Alasdair Penrose, said the bill would "end the chaos".\n'
            "Priya Sandhu-Kerr asked whether Penrose would guarantee a timetable. The minister replied that he "
            'would "not make promises I cannot keep".')
    assert who(text)[1] == ("not make promises I cannot keep", "Alasdair Penrose")
    assert speaker_names(text) == ["Alasdair Penrose"]
    # must not fire: a shadow secretary or a union's general secretary is no minister
    for role in ("The shadow transport secretary", "The union's general secretary"):
        text = (f'{role}, Camilla Fothergill, said the bill was "too little".\n'
                'The minister replied that he would "not make promises I cannot keep".')
        assert who(text)[1] == ("not make promises I cannot keep", "the minister")


def test_families_of_patients_at_a_hospital_speak_as_one():
    # "Families of elderly patients at Wanderrie Hospital say they are "devastated"": the
    # families, with what describes them, not the hospital at the end of the phrase
    text = 'Families of elderly patients at Wanderrie Hospital say they are "devastated" after being told the ward will close.'
    assert who(text) == [("devastated", "families of elderly patients at Wanderrie Hospital")]
    text = 'Families of patients at Wanderrie Hospital say they are "devastated".'
    assert who(text) == [("devastated", "families of patients at Wanderrie Hospital")]
    # must not fire: a named person before the place speaks as before
    text = 'Kevin Ashdown, whose father is at Wanderrie Hospital, said he was "devastated".'
    assert who(text) == [("devastated", "Kevin Ashdown")]
