"""Gaps twenty: attribution gaps earlier rounds noticed and left. Every sentence here is the
project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


def test_a_capitalised_head_of_a_body_then_the_name():
    # "Former Head of the Secret Service Ann Hosk said": "Head" is her office, as
    # "Director" is, not her name
    for office in ("Head of the Secret Service", "Former Head of the Secret Service", "Head of the Bank of Westmark"):
        text = f'{office} Ann Hosk said the plan was "reckless".'
        assert who(text) == [("reckless", "Ann Hosk")]
    text = 'Head of Security Ann Hosk said the plan was "reckless".\n"It will fail," Hosk said.'
    assert speaker_names(text) == ["Ann Hosk"]


def test_a_head_in_small_letters_is_no_office_before_a_name():
    # must not fire: a small "head" before "of" keeps the old reading (no name is cut out
    # of a run the paper did not capitalise as an office)
    text = 'Former head of the Secret Service Ann Hosk said the plan was "reckless".'
    assert who(text)[0][1] != "Head"


def test_a_title_in_small_letters_of_its_place_then_the_name():
    # "The bishop of Arden, Bishop Tom Pell, said": the bishop speaks, not his see
    for subject in ("The bishop of Arden, Bishop Tom Pell,", "The bishop of Arden, Tom Pell,",
                    "The vicar of Arden, Tom Pell,", "The pastor of Arden, Pastor Tom Pell,"):
        text = f'{subject} said the church was "in mourning".'
        assert who(text) == [("in mourning", "Tom Pell")], subject
    text = 'The bishop of Arden said the church was "in mourning".'
    assert who(text) == [("in mourning", "bishop of Arden")]


def test_a_place_after_a_capitalised_title_and_of_stays_a_place():
    # must not fire: "The mayor of Arden, Tom Pell," was already right, and a plain name
    # after "of" stays the speaker's town
    text = 'The mayor of Arden, Tom Pell, said the church was "in mourning".'
    assert who(text) == [("in mourning", "Tom Pell")]
    text = 'Tom Pell of Arden said the church was "in mourning".'
    assert who(text) == [("in mourning", "Tom Pell")]


def test_staff_at_a_body_are_the_speakers():
    # "Staff at Wanderrie Hospital said": the staff speak, anonymous, not the hospital
    text = 'Staff at Wanderrie Hospital said the ward was "overwhelmed".'
    assert who(text) == [("overwhelmed", "staff at Wanderrie Hospital")]
    text = 'The ward shut.\nStaff at the Wanderrie Hospital said the ward was "overwhelmed".'
    assert who(text) == [("overwhelmed", "staff at the Wanderrie Hospital")]


def test_a_role_representing_a_body_speaks_for_it():
    # "A spokesman representing Kestrel Air said": the spokesman, for Kestrel Air
    text = 'A spokesman representing Kestrel Air said the flight was "delayed".'
    assert who(text) == [("delayed", "a spokesman representing Kestrel Air")]
    text = 'Lawyers representing Kestrel Air said the flight was "delayed".'
    assert who(text) == [("delayed", "lawyers representing Kestrel Air")]


def test_a_body_representing_others_still_speaks():
    # must not fire: the body itself is the subject, "representing …" its apposition; and
    # a named person in apposition to the role speaks
    text = 'Kestrel Air, representing the airlines, said the flight was "delayed".'
    assert who(text) == [("delayed", "Kestrel Air")]
    text = 'A spokesman representing Kestrel Air, Tom Pell, said the flight was "delayed".'
    assert who(text) == [("delayed", "Tom Pell")]


def test_a_field_word_after_a_linking_opener_is_the_many_s():
    # "Meanwhile rights groups said": the rights groups, not "groups"
    for opener in ("Meanwhile", "But", "Meanwhile,"):
        text = f'{opener} rights groups said the law was "unjust".'
        assert who(text) == [("unjust", "rights groups")], opener


def test_a_word_after_what_is_no_field():
    # must not fire: "what multiple lawmakers called" opens no sentence with a link word;
    # nor does a determiner's phrase change
    text = "It was what multiple lawmakers called “fraud”."
    assert who(text) == [("fraud", None)]
    text = 'But the groups said the law was "unjust".'
    assert who(text) == [("unjust", "the groups")]


def test_a_month_after_a_body_s_name_is_when_it_spoke():
    # "The Union of Teachers in March warned": not "Union of Teachers in March"
    text = 'The Union of Teachers in March warned the plan was "unworkable".'
    assert who(text) == [("unworkable", "Union of Teachers")]
    text = ('The Union of Teachers in March warned the plan was "unworkable".\n'
            '"It will fail," the Union of Teachers said.')
    assert speaker_names(text) == ["Union of Teachers"]


def test_a_place_after_a_body_s_in_stays_its_name():
    # must not fire: the members' field stays in the name ("in Urban Services")
    text = 'The Confederation of Employers in Urban Services said the plan was "unworkable".'
    assert who(text) == [("unworkable", "Confederation of Employers in Urban Services")]


def test_another_country_s_prime_minister_is_someone_else():
    # "India's prime minister said" after "Pakistan's prime minister, Omar Rafiq": two people
    first = 'Pakistan\'s prime minister, Omar Rafiq, said the talks were "useful".\n'
    for second in ("India's prime minister", "The Indian prime minister"):
        text = first + f'{second} said the talks were "a waste".'
        assert who(text)[1][1] != "Omar Rafiq", second
        assert len(speaker_names(text)) == 2
    text = first + 'India\'s prime minister said the talks were "a waste".'
    assert who(text)[1] == ("a waste", "India's prime minister")


def test_the_same_country_s_prime_minister_is_the_one_named():
    # must not fire: the same country, by its possessive or its adjective, or no country
    first = 'Pakistan\'s prime minister, Omar Rafiq, said the talks were "useful".\n'
    for second in ("Pakistan's prime minister", "The Pakistani prime minister", "The prime minister"):
        text = first + f'{second} said the talks were "a waste".'
        assert who(text)[1] == ("a waste", "Omar Rafiq"), second
    text = 'Indian prime minister Omar Rafiq said the talks were "useful".\nIndia\'s prime minister said the talks were "a waste".'
    assert speaker_names(text) == ["Omar Rafiq"]


def test_spaced_initials_open_a_name_not_an_indefinite():
    # "A. J. Pell said": "A." is his initial, not "a"; the surname later is the same man
    for name in ("A. J. Pell", "A. Pell"):
        text = f'{name}, a farmer, said the plan was "unworkable".\n"It will fail," Pell said.'
        assert speaker_names(text) == [name]
    text = '"It will fail," said A. J. Pell.\n"It will not pass," Pell said.'
    assert speaker_names(text) == ["A. J. Pell"]


def test_an_indefinite_a_still_opens_an_anonymous_speaker():
    # must not fire: "A farmer" is anyone
    text = 'A farmer said the plan was "unworkable".'
    assert who(text) == [("unworkable", "a farmer")]


def test_a_body_its_members_own_by_a_plural_possessive():
    # "Luxembourg's landlords' federation has warned that …": the federation speaks
    text = "Westmark's landlords' federation has warned that the cap \"will not solve anything\"."
    assert who(text) == [("will not solve anything", "Westmark's landlords' federation")]
    text = "The farmers' alliance said the cap \"will not solve anything\"."
    assert who(text) == [("will not solve anything", "the farmers' alliance")]
    # and the body named in full further down is the same one
    text = ("Westmark's landlords' federation has warned that the cap \"will not solve anything\".\n"
            "The Federation of Westmark Property Owners (FWPO) said small owners would sell.\n"
            '"We will fight it," the federation said.')
    assert who(text)[0][1] == who(text)[1][1]


def test_a_plural_possessive_before_a_person_s_role_is_unchanged():
    # must not fire: a role noun after the possessive keeps the reading it had
    text = "The farmers' union said the cap \"will not solve anything\"."
    assert who(text) == [("will not solve anything", "the farmers' union")]
    text = "The Greens' climate spokeswoman said the cap \"will not solve anything\"."
    assert who(text)[0][1] is not None


def test_an_office_s_place_the_text_writes_alone_has_two_words():
    # "Mayor of Hronské Lúky Zuzana Halásová": the text writes "Hronské Lúky" alone
    # elsewhere, so the place has two words and she is Zuzana Halásová
    text = ("The ward in Hronské Lúky will shut.\n"
            "Mayor of Hronské Lúky Zuzana Halásová called the closure “a death sentence for the region”.\n"
            '"Nobody asked us," Halásová said.')
    assert speaker_names(text) == ["Zuzana Halásová"]
    # an office opening its paragraph is read as one opening the text
    text = ("The ward in Westmark will shut.\n"
            "Mayor of Westmark Anna Maria Wirth called the closure “a death sentence for the region”.")
    assert speaker_names(text) == ["Anna Maria Wirth"]


def test_an_office_s_place_never_written_alone_keeps_one_word():
    # must not fire: a given name the text uses elsewhere only before the surname stays
    # in her name ("Westmark Anna" is never written alone)
    text = ("Anna Maria is near.\n"
            "Mayor of Westmark Anna Maria Wirth called the closure “a death sentence for the region”.")
    assert speaker_names(text) == ["Anna Maria Wirth"]
    text = ("The ward will shut.\n"
            "Minister of Trade and Industry Kofi Mensah said the deal was “a good start”.")
    assert speaker_names(text) == ["Kofi Mensah"]


# ---- scrape residue: caption credits, "Courtesy of …", "Contributing: …", writers' notes ----
from reader.sources import parse_text  # noqa: E402
from reader.sources.residue import is_residue  # noqa: E402


def test_caption_credits_are_residue():
    for line in ("Waves crash over the sea wall at Portcraig during a storm last winter (Image: Ann Reid)",
                 "Illustrative stock photo (Source: TASR)",
                 "(Photo source: Government of Westmark press office)",
                 "Tom Pell visits his father at Carrow Hospital most days. (ABC News: Ann Reid)",
                 "Ann Reid’s “The Salt Orchard” Courtesy of Greyfen Pictures",
                 "The minister speaks to reporters at his office in Carrow on Tuesday. | KYODO",
                 "Ann Reid at the Northern Ice Research Station in Port Kessel. TOM PELL/THE CARROW HERALD",
                 "The chancellor has staked his authority on a deal before the summer breakImage: Ann Reid/picture alliance",
                 "Image source, Family handout",
                 "Contributing: Ann Reid, Carrow Today"):
        assert is_residue(line), line


def test_prose_that_mentions_a_source_or_courtesy_is_body():
    # must not fire: sentences that end as sentences, or cite a source in their prose
    for line in ("The figures came from the ministry (source: a leaked memo) and were disputed.",
                 "The photo was shared courtesy of the family, who thanked volunteers.",
                 "Residents said the water was unsafe. | Some disagreed.",
                 "Contributing to the fund is voluntary, the council said.",
                 "The image source was never found, police said."):
        assert not is_residue(line), line


def test_a_writer_s_note_at_the_foot_is_residue():
    text = ("Headline\nStandfirst\n"
            "The council approved the plan on Monday.\n"
            '"It is a good day," said Ann Reid.\n'
            "Tom Pell is a state political reporter for The Carrow Herald.\n")
    assert [p.kind for p in parse_text(text).paragraphs][-1] == "residue"
    text = ("Headline\nStandfirst\nThe council approved the plan on Monday.\n"
            "Tom Pell receives funding from the Carrow Research Council.\n")
    assert [p.kind for p in parse_text(text).paragraphs][-1] == "residue"


def test_a_writer_in_the_story_or_an_op_ed_s_own_line_is_body():
    # must not fire: a reporter the story is about, high in it; an op-ed writer's line that
    # names no outlet
    text = ("Headline\nStandfirst\n"
            "Tom Pell is a reporter for The Carrow Herald who was detained on Monday.\n"
            "His editor said he had done nothing wrong.\n"
            "The ministry declined to comment.\n"
            "Protests are planned for Friday.\n"
            "The union will meet on Saturday.\n")
    assert [p.kind for p in parse_text(text).paragraphs][2] == "body"
    text = ("Headline\nStandfirst\nBenches matter.\n"
            "Ann Reid is a writer and broadcaster. Her book Small Mercies is out in paperback.\n")
    assert [p.kind for p in parse_text(text).paragraphs][-1] == "body"


def test_the_company_after_a_paragraph_its_short_name_spoke_in():
    # "Brightwell, based in Ferncastle, Ohio, said in a statement …" then a paragraph the
    # quote opens, "…," the company said: Brightwell Home Appliances, named in full before
    text = ("Heater maker recalls units\nFires reported\n"
            "Kestrelwood Home Appliances is recalling about 890,000 heaters, regulators announced Thursday.\n"
            'Kestrelwood, based in Ferncastle, Ohio, said in a statement that it had "acted voluntarily and swiftly".\n'
            '"The safety of our customers is our top priority," the company said.')
    assert speaker_names(text, heads=2) == ["Kestrelwood Home Appliances"]


def test_the_company_after_a_person_s_paragraph_stays_as_written():
    # must not fire: the subject before is a person's short name, not a company's
    text = ("Heater maker recalls units\nFires reported\n"
            "Tom Kestrelwood is recalling about 890,000 heaters, regulators announced Thursday.\n"
            'Kestrelwood, based in Ferncastle, Ohio, said in a statement that he had "acted swiftly".\n'
            '"The safety of our customers is our top priority," the company said.')
    assert who(text, heads=2)[1][1] == "the company"


def test_an_office_of_two_portfolios_joined_by_and_then_the_name():
    # "Minister of Territorial Administration and Infrastructure Narek Ter-Avetisyan": the
    # first portfolio's words need not be known ones when the second's are
    text = ('Minister of Territorial Administration and Infrastructure Narek Ter-Avetisyan said the dam was "safe".\n'
            '"The works will finish in May," the Minister said.')
    assert speaker_names(text) == ["Narek Ter-Avetisyan"]
    # and "the Minister" later is the man the text titled so, though he spoke by surname
    text = ("The reservoir will be finished in 2027, Minister of Territorial Administration and Infrastructure "
            "Narek Ter-Avetisyan said on Thursday.\n"
            '"It is big," Ter-Avetisyan said.\n'
            'In response, the Minister said that the state was discussing "a subsidy".')
    assert speaker_names(text) == ["Narek Ter-Avetisyan"]


def test_a_ranked_office_of_two_portfolios_is_not_the_minister():
    # must not fire: a deputy minister is not "the Minister"; a name after "and" that no
    # portfolio's word opens stays a second person
    text = ("The reservoir will be finished in 2027, Deputy Minister of Territorial Administration and "
            "Infrastructure Narek Ter-Avetisyan said on Thursday.\n"
            '"It is big," Ter-Avetisyan said.\n'
            'In response, the Minister said that the state was discussing "a subsidy".')
    assert speaker_names(text) == ["Narek Ter-Avetisyan", "the Minister"]
    text = 'Secretary of State Ann Hosk and Transport Minister Tom Pell said the dam was "safe".'
    assert speaker_names(text) == ["Tom Pell"]
