"""Round thirty-four: a New Zealand water-meter row, a Sydney light-rail funding fight, a
Toronto shelter shortage, a Salford takeaway assault, an Irish trolley count, a Nigerian
flood-relief dispute, a Ugandan miners' protest and a KwaZulu-Natal taxi shooting. Every
sentence here is the project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


def test_a_place_before_a_field_and_a_role_opens_the_subject():
    # "Sydney transport researcher Helen Okafor said …": the place and the field go with
    # her role, so she is the subject a later "she said" points back to
    text = ('"We have been upfront," Raman said.\n'
            "Sydney transport researcher Dr Helen Okafor said the dispute reflected a broader problem.\n"
            '"Councils are being asked to deliver," she said.')
    assert who(text)[1] == ("Councils are being asked to deliver,", "Helen Okafor")
    text = ('"We have been upfront," Raman said.\n'
            "University of Sydney housing researcher Helen Okafor said rents had outpaced wages.\n"
            '"Councils are being asked to deliver," she said.')
    assert who(text)[1] == ("Councils are being asked to deliver,", "Helen Okafor")


def test_a_name_after_a_verb_and_a_role_stays_an_object():
    # must not fire: a verb before the role ("praised", "met") keeps the name an object,
    # and the sentence's subject speaks next
    for middle in ("Raman praised transport researcher Helen Okafor for the report.",
                   "Raman met Sydney transport researcher Helen Okafor on Monday.",
                   "Raman also defended housing adviser Helen Okafor."):
        text = f'"We have been upfront," Raman said.\n{middle}\n"Councils are being asked to deliver," she said.'
        assert who(text)[1] == ("Councils are being asked to deliver,", "Raman")


def test_a_body_between_a_role_and_a_name_leaves_the_name_speaking():
    # "the Executive Director of a civil society group, Centre for …, Comrade Ifeanyi Udeh,
    # said": the group is set off by commas between the role and the person
    text = ("Also speaking, the Executive Director of a civil society group, Centre for Civic Trust and "
            "Good Governance (CCTG), Comrade Ifeanyi Udeh, said the allegation was \"too weighty to ignore\".")
    assert who(text) == [("too weighty to ignore", "Ifeanyi Udeh")]
    text = ('The director of a charity, Kessel Trust, Ada Nwosu, said the plan was "a good start".')
    assert who(text) == [("a good start", "Ada Nwosu")]
    # a place with its state between them
    text = ('The chairman of the council in Ogbaru, Anambra State, Chinedu Okonkwo, said the council '
            'would "not abandon" the victims.')
    assert who(text) == [("not abandon", "Chinedu Okonkwo")]


def test_a_body_without_a_role_before_it_still_speaks():
    # must not fire: no lower-case role before the body, or a list of places
    text = 'The chairman of Kessel Trust, Ada Nwosu, said the plan was "a good start".'
    assert who(text) == [("a good start", "Ada Nwosu")]
    text = 'Kessel Trust, Ada Nwosu, said the plan was "a good start".'
    assert who(text) == [("a good start", "Kessel Trust")]
    text = 'In Lagos, Kessel Trust chairman Ada Nwosu said the plan was "a good start".'
    assert who(text) == [("a good start", "Ada Nwosu")]


def test_a_provinces_mec_is_a_role_before_the_name():
    # South African copy: "KwaZulu-Natal Transport MEC Nomvula Khumalo" is Nomvula Khumalo
    text = 'KwaZulu-Natal Transport MEC Nomvula Khumalo condemned the killings as "barbaric".'
    assert who(text) == [("barbaric", "Nomvula Khumalo")]
    text = '"The rank will close," said Gauteng health MEC Thandi Mokoena.'
    assert who(text) == [("The rank will close,", "Thandi Mokoena")]
    # the role alone still speaks as a role
    assert who('"The rank will close," the MEC said.') == [("The rank will close,", "the MEC")]


def test_a_person_described_then_unnamed_speaks_next():
    # "A commuter who uses the rank daily, who asked not to be named, told IOL …": the first
    # clause says who she is, the second that she goes unnamed; her "she said" follows
    text = ("A commuter who uses the rank daily, who asked not to be named, told IOL she was afraid to go to work.\n"
            '"You don\'t know if you are going to come back home," she said.')
    assert who(text) == [("You don't know if you are going to come back home,", "a commuter")]
    text = ("A nurse who works nights at the clinic, who did not want to be named, said the ward was full.\n"
            '"We are turning people away," she said.')
    assert who(text) == [("We are turning people away,", "a nurse")]


def test_a_described_person_without_anonymity_is_no_such_speaker():
    # must not fire: no clause saying the person goes unnamed, or the person inside
    # another's sentence; a named official speaks
    text = ("Colonel Thembeka Mbele said a commuter who uses the rank daily, who asked not to be named, was injured.\n"
            '"We are investigating," she said.')
    assert who(text) == [("We are investigating,", "Thembeka Mbele")]
    text = ("Colonel Thembeka Mbele said the rank would stay closed.\n"
            "A commuter who uses the rank daily was injured in the shooting.\n"
            '"We are investigating," she said.')
    assert who(text) == [("We are investigating,", "Thembeka Mbele")]


def test_an_agency_named_by_its_field_and_place():
    # "Transport for NSW", "Transport for London": the agency, not the place
    text = 'Documents show Transport for NSW warned the government that the estimates were "optimistic at best".'
    assert who(text) == [("optimistic at best", "Transport for NSW")]
    text = 'Transport for London said the line would close. "We apologise," it said.'
    assert who(text) == [("We apologise,", "Transport for London")]


def test_a_portfolio_after_a_title_still_names_the_holder():
    # must not fire: "Minister for Health", "the Secretary for Transport": a title's portfolio
    assert who('Minister for Health Declan Moran said he was "deeply concerned".') == [("deeply concerned", "Declan Moran")]
    assert who('The Secretary for Transport, Jo Penn, said she was "deeply concerned".') == [("deeply concerned", "Jo Penn")]
    assert who('"We will act," said Housing Minister Ama Rolle.') == [("We will act,", "Ama Rolle")]


def test_calling_on_someone_reaches_a_quote_at_the_sentence_end():
    # "She called on the minister to convene … "within days, not weeks"": she urges it
    text = ('"That is not safe," Ms Keher said.\n'
            "She called on the Minister for Health to convene an emergency meeting with unions and "
            'hospital management "within days, not weeks".')
    assert who(text)[1] == ("within days, not weeks", "Keher")


def test_calling_on_a_day_or_before_another_verb_is_no_such_cue():
    # must not fire: a nearer verb of speech after "called on" speaks; "called on Tuesday"
    # is a phone call
    text = ('"That is not safe," Ms Keher said.\n'
            'She called on the minister to resign, and the union said the plan was "a disaster".')
    assert who(text)[1] == ("a disaster", "the union")
    text = 'Keher said she called on Tuesday and was told the meeting was "cancelled".'
    assert who(text) == [("cancelled", None)]


def test_accused_reaches_through_an_object_in_apposition():
    # "accused a private company, Nile Crest Minerals Ltd, of using its licence to "…""
    text = ("The miners, who marched to the district headquarters, accused a private company, "
            'Nile Crest Minerals Ltd, of using its exploration licence to "chase away poor people".')
    assert who(text) == [("chase away poor people", "the miners")]
    text = 'Seoul accused the North\'s leader, Pak Chol, of "reckless provocation".'
    assert who(text) == [("reckless provocation", "Seoul")]


def test_accused_across_a_clause_is_no_such_cue():
    # must not fire: a relative clause inside the object, a passive "accused of"
    assert who('Keher accused the company, which denies it, of "hiding" the cost.') == [("hiding", None)]
    assert who('The mayor was accused of "hiding" the cost.') == [("hiding", None)]
    text = 'Vendors accused the council of neglect, and the mayor called the claim "absurd".'
    assert who(text) == [("absurd", "the mayor")]


def test_a_group_is_not_the_body_whose_name_holds_its_word():
    # "the miners" are not the "Lubanda Artisanal Miners Association" named after them
    text = ('The miners accused the firm of "greed".\n'
            "The chairperson of the Lubanda Artisanal Miners Association, Moses Kato, said the miners had not been consulted.")
    assert who(text) == [("greed", "the miners")]


def test_a_role_still_finds_its_holder_named_with_a_capital():
    # must not fire: one person's role before the name, capitalised or not
    text = 'US President Jo Penn spoke on Monday. "We are ready," the president said.'
    assert who(text) == [("We are ready,", "Jo Penn")]
    text = 'Labour leader Jo Penn spoke on Monday. "We are ready," the Labour leader said.'
    assert who(text) == [("We are ready,", "Jo Penn")]
    text = 'The Kenya Union of Doctors called the strike. "We will not back down," the union said.'
    assert who(text) == [("We will not back down,", "Kenya Union of Doctors")]


def test_a_plural_credited_after_a_clause_in_the_present():
    # "… as cold sets in, advocates warn": a plural's plain present closes the sentence
    text = 'Shelters are "at breaking point" as cold sets in, advocates warn.'
    assert who(text) == [("at breaking point", "advocates")]
    text = ("Toronto shelters ‘at breaking point’ as cold sets in, advocates warn\nStandfirst here.\n"
            "Advocates say the shelter system is “at breaking point” after 214 people were turned away.")
    assert who(text, heads=2) == [("at breaking point", "advocates"), ("at breaking point", "advocates")]
    assert who('The plan is "a disaster" for the town, local people say.') == [("a disaster", "local people")]


def test_a_singular_or_a_clause_of_its_own_is_no_plural_credit():
    # must not fire: a singular thing with a plain verb is no such subject; a clause joined
    # by "and" says something else
    text = 'The plan was "a disaster" for the town, and the bus drivers say nothing.'
    assert who(text) == [("a disaster", None)]
    text = 'Sales were "soft" in the spring, the business still grows.'
    assert who(text) == [("soft", None)]
    text = 'The fund is "a lifeline" when prices rise, the analysis says.'
    assert who(text) == [("a lifeline", "the analysis")]


def test_self_review_near_the_new_rules():
    # a passive "accused by" credits its agent, not the accused
    assert who('They were accused by the union, Unite, of "betrayal".') == [("betrayal", "Unite")]
    # a body alone between a role and the verb, with no name after it, still gives the role
    assert who('The chairman of the firm, Kessel Holdings, said the deal was "a betrayal".')[0][1] != "Jo Penn"
    # a name in apposition after a body in apposition speaks
    assert who('The head of the union, Unite, Jo Penn, said the deal was "a betrayal".') == [("a betrayal", "Jo Penn")]
    # a name after a verb, a place and a field stays an object
    text = ('"We have been upfront," Raman said.\n'
            "Police arrested Kessel transport worker Helen Okafor on Monday.\n"
            '"The arrest was lawful," she said.')
    assert who(text)[1] == ("The arrest was lawful,", "Raman")
    # a plural's present after a clause, as a body's past would be
    assert who('The bill is "overdue" after years of delay, the senators argue.') == [("overdue", "the senators")]


def test_two_points_of_the_compass_joined_make_one_region():
    # "the HSE West and North West said": one health region, not "North West"
    text = 'In a statement, the HSE West and North West said the hospital had seen "an exceptionally high number" of people.'
    assert who(text) == [("an exceptionally high number", "HSE West and North West")]


def test_two_people_joined_by_and_are_not_one_region():
    # must not fire: surnames that are compass words, a region before a person
    text = 'Jo West and Tom North said the hospital had seen "an exceptionally high number" of people.'
    assert who(text) == [("an exceptionally high number", "Jo West and Tom North")]  # (both, as gaps 27 shows two named together)
    text = 'Residents of North and West Belfast said the plan was "unfair".'
    assert who(text) == [("unfair", "residents of North and West Belfast")]


def test_a_headline_scare_quote_right_after_its_speaker():
    # "Water bills leave Kaiwhara residents 'blindsided'": the residents, who say the word below
    text = ("Water bills leave Kaiwhara residents 'blindsided'\nStandfirst here.\n"
            'Kaiwhara residents say they were "blindsided" by the first bills.')
    assert who(text, heads=2) == [("blindsided", "Kaiwhara residents"), ("blindsided", "Kaiwhara residents")]
    text = ("Fishermen ‘living in fear’ after third robbery\nStandfirst here.\n"
            "Fishermen in Kessel Bay say they are “living in fear” after a third robbery at sea.")
    assert who(text, heads=2)[0][1] is not None


def test_a_headline_scare_quote_after_someone_else_stays_unsaid():
    # must not fire: the one named before the quote is not the one who says it below, or
    # no one says it below
    text = ("Water bills leave residents 'blindsided'\nStandfirst here.\n"
            'Councillor Jo Penn says residents were "blindsided" by the first bills.')
    assert who(text, heads=2)[0] == ("blindsided", None)
    text = ("Tradie who rammed police car 'panicked', court told\nStandfirst here.\n"
            'A tradesman who rammed a police car "panicked", a court has heard.')
    assert who(text, heads=2) == [("panicked", None), ("panicked", None)]
    text = ("Council leaves residents 'in the dark'\nStandfirst here.\n"
            'The council says residents were never "in the dark" about the bills.')
    assert who(text, heads=2)[0] == ("in the dark", None)
