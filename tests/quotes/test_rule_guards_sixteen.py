"""Ordinary sentences near the triggers of the sixteenth round's rules (tests/quotes/
test_round_sixteen.py) where those rules misfired, and the answers they must give. Sentences
we wrote; people, places and bodies made up."""
from .reading import who


# "the skipper"/"the captain" is the player just named: only on a sports page, for a plain
# or a team's captain, and a player given no other role who opened a sentence

def test_a_flight_or_ferry_captain_is_not_the_passenger_just_named():
    text = ("Flight diverted\nSmoke in the cabin.\nPassenger Ann Lee, 34, said the cabin filled with smoke "
            'within minutes. "Remain seated and keep calm," the captain said over the intercom.')
    assert who(text, 2)[-1] == ("Remain seated and keep calm,", "the captain")
    text = ("Ferry delayed\nFog in the strait.\nCommuter Ruth Adeyemi waited two hours at the pier. "
            '"Nobody sails in this," the captain said.')
    assert who(text, 2) == [("Nobody sails in this,", "the captain")]
    text = ("Flight diverted\nSmoke in the cabin.\nAnn Lee, 34, was flying home to Dunmore with her sons. "
            '"Brace, brace," the captain said.')
    assert who(text, 2) == [("Brace, brace,", "the captain")]


def test_a_fire_police_or_boat_captain_is_not_the_person_they_rescued_or_arrested():
    text = ("Fire at farm\nA barn burned down.\nFirefighters rescued farmer Tom Reyes from the loft. "
            '"He was very lucky," the fire captain said.')
    assert who(text, 2) == [("He was very lucky,", "the fire captain")]
    text = ("Abandoned\nThe match was stopped.\nFans spilled onto the pitch after the match. Officers arrested "
            'Dean Morrow, 22, outside the stadium. "This was a targeted attack," the police captain said.')
    assert who(text, 2) == [("This was a targeted attack,", "the police captain")]
    text = ("Fishing boat sinks\nFive rescued.\nDeckhand Paul Orme was pulled from the water after an hour. "
            "\"We lost everything,\" the boat's captain said.")
    assert who(text, 2) == [("We lost everything,", "the boat's captain")]


def test_a_coach_or_a_midfielder_just_named_is_not_the_captain():
    text = ("Cup final\nA famous win in the final match of the season.\nCoach Ann Lee praised her side after "
            'the match. "They never gave up," the captain said.')
    assert who(text, 2) == [("They never gave up,", "the captain")]
    text = ("Derby win\nUnited won 2-0.\nMidfielder Jonny Hale scored twice after the break. "
            '"Jonny was unplayable today," said the United captain.')
    assert who(text, 2) == [("Jonny was unplayable today,", "the United captain")]


def test_the_skipper_after_a_fronted_phrase_is_still_the_player_named():
    # (guard) "Asked about his own dismissal, Dsouza smiled. "…," the Titans skipper said."
    text = ("Test\nA draw at the stadium.\nAsked about his own dismissal, Rohan Dsouza smiled. "
            '"I\'d play the same shot again," the Titans skipper said.')
    assert who(text, 2) == [("I'd play the same shot again,", "Rohan Dsouza")]


# a possessive reply right before a quote after an earlier quote: only set off by a dash,
# comma or colon, and not after a verb of the earlier quote

def test_a_reply_someone_is_called_something_is_the_callers_words():
    text = ('Council row\nResidents are angry.\n"We were ignored for months," Ann Lee said, calling Mayor '
            'Tom Reyes\'s response "a disgrace".')
    assert who(text, 2)[-1] == ("a disgrace", "Ann Lee")
    text = ('Council row\nResidents are angry.\n"We have had no water for a week," said Ann Lee, who called '
            'Kolovos\'s response "a joke".')
    assert who(text, 2)[-1] == ("a joke", "Ann Lee")


def test_the_rest_of_a_quote_after_its_verb_and_a_reply_is_still_the_speakers():
    text = ('Council row\nResidents are angry.\n"That is simply untrue," Ann Lee said of Tom Reyes\'s '
            'response, "and the figures prove it."')
    assert who(text, 2) == [("That is simply untrue,", "Ann Lee"), ("and the figures prove it.", "Ann Lee")]
    text = ('Council row\nResidents are angry.\n"Nonsense," said Ann Lee, asked about Reyes\'s answer, '
            '"he has had a year."')
    assert who(text, 2)[-1][1] != "Reyes"


def test_a_reply_set_off_after_an_earlier_question_is_the_repliers():
    # (guard) the round's rule with a comma: "After Lee asked "…?", Reyes's reply, "…", drew jeers"
    text = ('Council row\nResidents are angry.\nAfter Ann Lee asked "why did nobody come?", Tom Reyes\'s '
            'reply, "we had no trucks", drew jeers.')
    assert who(text, 2) == [("why did nobody come?", "Ann Lee"), ("we had no trucks", "Tom Reyes")]


# "…," the statement said, after "in a statement …, the X said": only the fronted phrase's own
# subject, right after its first comma

def test_the_statement_is_not_whoever_is_said_at_the_end_of_its_sentence():
    text = ("Club news\nThe manager left.\nIn a statement on Friday, the club confirmed Tom Reyes had left "
            "by mutual consent, the third manager to go this season, the BBC said. "
            '"We wish Tom well," the statement said.')
    assert who(text, 2)[-1] == ("We wish Tom well,", "the statement")
    text = ("Floods\nRoads closed.\nThe council, in a statement, urged residents to stay home, the mayor "
            'said. "Do not travel," the statement said.')
    assert who(text, 2)[-1] == ("Do not travel,", "the statement")


# an unnamed person after a place set before the subject is a candidate for the next he or she

def test_a_man_after_a_fronted_place_is_no_she():
    text = ('Floods\nMany died.\nThandiwe Mokoena, 41, stood in the doorway. "We heard the river," she said.\n'
            "At the hall, a man said he had lost his car.\n"
            '"We are still waiting for help," she said.')
    assert who(text, 2)[-1] == ("We are still waiting for help,", "Thandiwe Mokoena")
    text = ('Floods\nMany died.\nTom Reyes, 41, stood in the doorway. "We heard the river," he said.\n'
            "At the hall, a woman said she had lost her car.\n"
            '"We are still waiting for help," he said.')
    assert who(text, 2)[-1] == ("We are still waiting for help,", "Tom Reyes")


# "Here's what she had to say:": only a "what" shown to the reader, not one asked about

def test_what_someone_was_asked_or_blunt_about_is_not_the_quote_paragraph():
    text = ("Strike\nTrains halted.\nUnion secretary Mick Albanis was asked what the premier had to say to "
            'commuters:\n"She should apologise to every one of them."')
    assert who(text, 2) == [("She should apologise to every one of them.", "Mick Albanis")]
    text = ("Strike\nTrains halted.\nPremier Dana Kolovos was blunt about what the union has to say:\n"
            '"Nothing they say changes the law."')
    assert who(text, 2) == [("Nothing they say changes the law.", "Dana Kolovos")]
    # (guard) "This is what Kolovos had to say about the strike:" is hers
    text = ("Strike\nTrains halted.\nThe premier held a press conference. This is what Dana Kolovos had to "
            'say about the strike:\n"We will not reward disruption."')
    assert who(text, 2) == [("We will not reward disruption.", "Dana Kolovos")]
