"""Gaps closed in the nineteenth session, each by a rule across outlets: a father's name
Said inside an Arabic name, "underscored" as a verb of speech, named storms in weather
stories, and more below. Every sentence is the project's own, every name made up."""
from tests.quotes.reading import speaker_names, who


def test_the_given_name_said_inside_an_arabic_name():
    # "Khalid bin Said al-Harthi": "Said" is his father's name, not the verb
    text = ('Khalid bin Said al-Harthi said the talks were "productive".\n'
            '"We agreed on the text," bin Said said.\n'
            '"More will follow," said bin Said.\n'
            '"It is a start," al-Harthi said.')
    assert [s for _, s in who(text)] == ["Khalid bin Said al-Harthi"] * 4
    assert speaker_names(text) == ["Khalid bin Said al-Harthi"]
    text = 'Omar Said al-Qasimi told reporters the deal was "close".'
    assert who(text) == [("close", "Omar Said al-Qasimi")]


def test_said_after_a_name_stays_the_verb():
    # must not fire: the verb after a surname, and the inverted "said" before a name
    # (a "Said" opening a sentence before a name and its own verb is his given name since
    # session 22: "Said Omar told reporters", see test_gaps_twentytwo)
    text = 'Khalid Hamad said the talks were "productive".\n"We agreed," Hamad said.'
    assert [s for _, s in who(text)] == ["Khalid Hamad", "Khalid Hamad"]
    text = '"The deal is close," said Omar Hamad.'
    assert who(text) == [("The deal is close,", "Omar Hamad")]


def test_underscored_is_a_verb_of_speech():
    assert who('"This is a red line," Ada Price underscored.') == [("This is a red line,", "Ada Price")]
    assert who('"This is a red line," underscored Ada Price.') == [("This is a red line,", "Ada Price")]
    assert who('Ada Price underscored: "This is a red line."') == [("This is a red line.", "Ada Price")]


def test_a_thing_that_underscores_says_nothing():
    # must not fire: a thing that underscores a need
    text = '"It is over," Ada Price said. The defeat underscored the "deep divisions" in the party.'
    assert who(text) == [("It is over,", "Ada Price"), ("deep divisions", None)]


def test_a_named_storm_is_no_one_to_be_she():
    text = ('Storm Edda battered the coast on Monday.\n'
            '"We lost the roof," said Mara Quill.\n'
            'Storm Edda is expected to weaken by Friday. "It was terrifying," she said.')
    assert [s for _, s in who(text)] == ["Mara Quill", "Mara Quill"]
    assert speaker_names(text) == ["Mara Quill"]
    text = ('Mara Quill runs the harbour cafe. Storm Edda tore off her roof in high winds.\n'
            '"We lost everything," she said.')
    assert who(text) == [("We lost everything,", "Mara Quill")]


def test_storm_as_a_given_name_outside_weather():
    # must not fire: no weather in the story, "Storm" is her given name
    text = 'Storm Kessler starred in the film.\n"It was fun," she said.'
    assert who(text) == [("It was fun,", "Storm Kessler")]


def test_a_firm_a_job_and_a_name_after_an_inverted_verb():
    # "said Kestrel Air pilot Dana Roe": the firm, her job (a word the role list lacks), her name
    text = '"It was rough but safe," said Kestrel Air pilot Dana Roe.\n"We landed on time," she said.'
    assert [s for _, s in who(text)] == ["Dana Roe", "Dana Roe"]
    text = '"The talks are in trouble," said Harbour Times correspondent Omar Lisk.'
    assert who(text) == [("The talks are in trouble,", "Omar Lisk")]


def test_an_inverted_firm_without_a_job_and_name_speaks_itself():
    # must not fire: a time, a clause, a verb after the firm
    assert who('"It was rough," said Kestrel Air on Monday.') == [("It was rough,", "Kestrel Air")]
    assert who('"It was rough," said Kestrel Air. Dana Roe agreed.')[0] == ("It was rough,", "Kestrel Air")
    assert who('"It was rough," said Ann Obi before Tom Pell spoke.') == [("It was rough,", "Ann Obi")]


def test_a_seat_after_the_member_of_parliament_inverted():
    text = '"It is a betrayal," said the Member of Parliament for North Arden, Jo Pike.\n"We fight on," Pike said.'
    assert [s for _, s in who(text)] == ["Jo Pike", "Jo Pike"]
    text = 'The Member of Parliament for North Arden, Jo Pike, said the closure was "a betrayal".'
    assert who(text) == [("a betrayal", "Jo Pike")]
    text = 'The First Minister for Wales, Elin Marsh, said the plan was "long overdue".'
    assert who(text) == [("long overdue", "Elin Marsh")]


def test_a_peer_named_in_apposition_speaks_by_name():
    text = 'The Duke of Arden, Charles Weller, said the estate was "not for sale".\n"It stays," Weller said.'
    assert [s for _, s in who(text)] == ["Charles Weller", "Charles Weller"]


def test_a_peer_without_a_name_keeps_the_title():
    # must not fire: no name in apposition
    text = 'The Duke of Arden said the estate was "not for sale".'
    assert who(text) == [("not for sale", "Duke of Arden")]
    text = 'Lord Weller of Carrow said the bill was "deeply flawed".\n"It must go," Lord Weller said.'
    assert speaker_names(text) == ["Lord Weller"]  # (a peer known by one name keeps the style)


def test_a_title_word_as_a_given_name_after_the_office():
    text = 'The dean of the college, Dean Kettleby, said the fees were "fair".\n"We listened," Kettleby said.'
    assert [s for _, s in who(text)] == ["Dean Kettleby", "Dean Kettleby"]


def test_a_title_before_a_surname_alone_stays_a_title():
    # must not fire: no office before it
    assert who('Major Tolland said the plan was "grave".') == [("grave", "Tolland")]
    assert who('The judge, Judge Ada Price, said it was "grave".') == [("grave", "Ada Price")]


def test_a_headline_credit_to_a_wire_as_written():
    text = ("Ceasefire 'within reach': Reuters\n"
            "The talks went on in Doha. Thomson Reuters Corp has reporters there.")
    assert who(text, heads=1) == [("within reach", "Reuters")]


def test_a_surname_before_a_firm_suffix_is_not_grown_into_it():
    # must not fire for a person: a surname grows into the full name with no firm's suffix
    text = 'Dana Reuters said the plan was "bold".\n"We act now," Reuters said.'
    assert speaker_names(text) == ["Dana Reuters"]


def test_a_bodys_boss_in_a_headline_is_no_body():
    text = "Arden Union boss quits: 'I am done'\nPat Nolan resigned on Monday after ten years."
    assert who(text, heads=1) == [("I am done", "Arden Union boss")]
    text = "Union boss quits: 'I am done'\nPat Nolan resigned."
    assert who(text, heads=1) == [("I am done", "Union boss")]


def test_a_body_in_a_headline_still_speaks_without_a_boss():
    # must not fire: the body itself is the subject
    text = "Arden Union vows: 'We will strike'\nThe union met on Monday."
    assert who(text, heads=1)[0][1] == "Arden Union"


def test_a_countrys_office_holder_named_later_by_the_role():
    text = ("Britain's trade minister said the deal was \"close\".\n"
            "Trade minister Ada Price met her counterpart on Monday. \"We are nearly there,\" she said.")
    assert [s for _, s in who(text)] == ["Ada Price", "Ada Price"]
    text = "Britain's trade minister said the deal was \"close\".\nAda Price, the trade minister, met him on Monday."
    assert who(text) == [("close", "Ada Price")]


def test_another_countrys_office_holder_is_not_linked():
    # must not fire: the text qualifies the same role by another country
    text = "Britain's trade minister said the deal was \"close\".\nFrench trade minister Jean Roux met her on Monday."
    assert who(text) == [("close", "Britain's trade minister")]


def test_where_an_unnamed_one_lives_closes_the_description():
    # hard-set gap: "said a schoolteacher of the area", "a senior nurse in the outpatients’
    # department", "a senior official of the Ministry", "an official at the ministry of Agriculture"
    text = '"Nobody dares to say it," said a schoolteacher of the area, wishing anonymity.'
    assert who(text) == [("Nobody dares to say it,", "a schoolteacher of the area")]
    text = '"It means never," says a senior nurse in the outpatients’ department.'
    assert who(text) == [("It means never,", "a senior nurse in the outpatients’ department")]
    text = ('When contacted, a senior official of the Ministry, who declined to be named, said the lease was '
            'fine. "Nobody will be evicted," the official said.')
    assert who(text) == [("Nobody will be evicted,", "a senior official of the Ministry")]
    text = ('An official at the ministry of Agriculture, who spoke on condition of anonymity, said a team '
            'would travel. "The ministry is aware," the official said.')
    assert who(text) == [("The ministry is aware,", "an official at the ministry of Agriculture")]


def test_a_time_after_the_place_leaves_the_description_short():
    # must not fire: the phrase runs on into when
    text = '"It burned," said a schoolteacher in the area on Monday.'
    assert who(text) == [("It burned,", "a schoolteacher")]
    text = '"It burned," said the schoolteacher of the area.'
    assert who(text) == [("It burned,", "the schoolteacher")]


def test_a_professions_plural_closing_the_sentence_speaks():
    # hard-set gap: '… could "rewrite the history" of a nearby town, archaeologists have said.'
    text = 'A hoard of Roman gold could "rewrite the history" of a nearby town, archaeologists have said.'
    assert who(text) == [("rewrite the history", "archaeologists")]
    text = 'The virus is "highly transmissible", epidemiologists warn.'
    assert who(text) == [("highly transmissible", "epidemiologists")]


def test_a_plural_of_people_opening_a_sentence_is_anonymous():
    # "Pupils said …": a group, shown in small letters as "residents" is
    text = 'Pupils said the new timetable was "exhausting".\n"We never get a break," one pupil said.'
    assert who(text) == [("exhausting", "pupils"), ("We never get a break,", "one pupil")]
    text = 'Archaeologists said the hoard could "rewrite the history" of the town.'
    assert who(text) == [("rewrite the history", "archaeologists")]


def test_a_nations_or_creeds_people_keep_their_capital():
    # must not fire: "-ians" and "-ists" of a nation or a creed are no profession's
    assert who('Christians said it was "a disgrace".') == [("a disgrace", "Christians")]
    assert who('The waiting lists are "too long", the waiting lists show.') == [("too long", None)]


def test_groups_speak_as_the_many():
    # hard-set gap: "Human rights groups accuse the government of "looking the other way""
    text = 'Human rights groups accuse the government of "looking the other way" as armed groups fight.'
    assert who(text) == [("looking the other way", "Human rights groups")]
    text = 'Aid groups said the government was "looking the other way".'
    assert who(text) == [("looking the other way", "Aid groups")]


def test_a_capital_then_a_verb_is_no_field_of_a_group():
    # must not fire: a name and its verb, a discourse word before the group
    assert who('Obama said aides were "tired".') == [("tired", "Obama")]
    text = 'Armed groups fought on. "It was terrible," a villager said.'
    assert who(text) == [("It was terrible,", "a villager")]


def test_a_bodys_name_after_an_indefinite_article_is_no_one_to_be_she():
    # hard-set gap: "A GrainLink West spokeswoman said …" then "she said": the spokeswoman,
    # not "GrainLink West" read as a woman's name
    text = ('The line is old.\nA GrainLink West spokeswoman said the line carried little grain.\n'
            '"Those numbers do not stack up," she said.')
    assert who(text) == [("Those numbers do not stack up,", "a GrainLink West spokeswoman")]


def test_a_name_after_an_indefinite_article_still_grows_a_short_form():
    # must not fire for a body's short form: "the Times" after "a New York Times article"
    text = 'The story ran in a New York Times article on Sunday.\nThe plan was "dead," the Times wrote.'
    assert who(text) == [("dead,", "New York Times")]
    text = 'Tom Pell is a Donald Trump supporter. "I love him," he said.'
    assert who(text) == [("I love him,", "Tom Pell")]


def test_one_unnamed_before_a_participle_speaks():
    # hard-set gap: "A Transport Westmere staff member handing out water said …", which
    # had no speaker; and "A woman walking her dog said", which gave the words to her dog
    text = 'The buses ran late.\nA Kestrel Transit staff member handing out water said the buses were "doing their best".'
    assert who(text) == [("doing their best", "a Kestrel Transit staff member")]
    assert who('A woman walking her dog said it was "awful".') == [("awful", "a woman")]
    assert who('The man driving the bus said it was "awful".') == [("awful", "the man")]


def test_a_group_before_a_participle_keeps_its_phrase():
    # must not fire: a plural group keeps the participle and its object, as before; a
    # name in apposition speaks
    text = 'Lawyers defending the city said the buses were "doing their best".'
    assert who(text) == [("doing their best", "lawyers defending the city")]
    assert who('Ann Obi, a woman walking her dog, said it was "awful".') == [("awful", "Ann Obi")]
