"""Guards for session twenty-three's rules (probe23's role words, bare plurals and mood
before a name; the opening words, the court's heard, the works after a verb of performing):
near misses where a careless version would fire. Every sentence here is the project's own,
every name made up."""
from tests.quotes.reading import speaker_names, who


def test_a_role_word_as_a_surname_stays_in_the_name():
    text = 'Ann Priest said the plan was "bad".\n"It is bad," Priest added.'
    assert who(text) == [("bad", "Ann Priest"), ("It is bad,", "Ann Priest")]
    assert who('"We won," Tom Pastor said.') == [("We won,", "Tom Pastor")]


def test_a_role_word_as_a_title_or_in_a_place_gives_the_person():
    assert who('"It is hard," Pastor Ann Obi said.') == [("It is hard,", "Ann Obi")]
    assert who('"Hold the line," Commander Tom Pell said.') == [("Hold the line,", "Tom Pell")]
    text = 'Boats were out on Priest Lake. "It is calm," Ann Obi said.'
    assert speaker_names(text) == ["Ann Obi"]
    text = 'Residents of Engineer Street were moved. "It is a mess," Ann Obi said.'
    assert speaker_names(text) == ["Ann Obi"]


def test_a_plural_that_is_spoken_to_or_named_in_a_body_is_no_speaker():
    assert who('Ann Obi told passengers: "Stay calm."') == [("Stay calm.", "Ann Obi")]
    text = 'Police evacuated residents and passengers. "It was chaos," Ann Obi said.'
    assert speaker_names(text) == ["Ann Obi"]
    assert who('"It is a disgrace," the Kell Teachers Union said.') == [("It is a disgrace,", "Kell Teachers Union")]
    assert who('"It is a disgrace," Customers First said.') == [("It is a disgrace,", "Customers First")]


def test_a_mood_before_a_place_s_people_or_a_kin_word_stays_anonymous():
    # must not fire: no name after the mood, but a place's people or a mother
    assert who('"We lost," said a proud New Zealander.') == [("We lost,", "a proud New Zealander")]
    assert who('"We lost," said a proud Kell Islander.') == [("We lost,", "a proud Kell Islander")]
    assert who('"We lost," said a tearful Kell Mum.') == [("We lost,", "a tearful Kell Mum")]
    assert who('"We lost," said a former Prime Minister.') == [("We lost,", "a former Prime Minister")]
    # (the rule still gives a name of three words)
    assert who('"We lost," said a tearful Ann Obi Pell.') == [("We lost,", "Ann Obi Pell")]


def test_a_firm_whose_name_opens_with_plus_keeps_it():
    # must not fire: "Plus" opens a firm's name; "Either" before a name still goes
    assert who('Plus Markets said the deal was "done".') == [("done", "Plus Markets")]
    text = 'Either Ann Obi or Tom Pell will lead. "We will see," Obi said.'
    assert who(text) == [("We will see,", "Ann Obi")]


def test_a_past_tense_verb_inside_a_speakers_phrase():
    assert who('The inquest heard a nurse had said "he will be fine".') == [("he will be fine", "a nurse")]
    # must not fire: a participle's object, or a number's compound, after the determiner
    text = '"It was an honour," a soldier awarded the Kell Cross said.'
    assert who(text) == [("It was an honour,", "a soldier awarded the Kell Cross")]
    text = '"We won," the celebrated four-time winner said.'
    assert who(text) == [("We won,", "the celebrated four-time winner")]


def test_words_after_a_performing_verb_that_are_not_its_object_keep_the_speaker():
    text = 'The minister played down the row. "It Is Nothing," she said.'
    assert who(text) == [("It Is Nothing,", "the minister")]
    text = 'When asked what he plays, Tom Pell said: "Jazz Mostly."'
    assert who(text) == [("Jazz Mostly.", "Tom Pell")]
