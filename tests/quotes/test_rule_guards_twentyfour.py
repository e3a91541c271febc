"""Guards from the review of round 24's rules (rv24): ordinary sentences near each rule's
trigger, with the right answer. Every sentence is the project's own, every name made up."""
from tests.quotes.reading import who


def test_the_coach_is_not_one_just_titled_who_said_nothing():
    # "the minister" / "the coach" / "the judge" stays the one quoted before when the one the
    # text has just titled so is not said to say anything
    text = (
        'Minister Ana Sol defended the plan. "It works," she said.\n'
        'Minister Bo Lee was not in the chamber.\n"We will press on," the minister said.'
    )
    assert who(text)[-1] == ("We will press on,", "Ana Sol")
    text = (
        'Senator Ann Hale has served for 20 years. "I love this job," she said.\n'
        'Senator Tom Pell, her rival, sat in silence.\n"She is finished," the senator said.'
    )
    assert who(text)[-1] == ("She is finished,", "Ann Hale")
    text = (
        'Coach Ray Ode praised his side. "We were brilliant," he said.\n'
        'Coach Ben Ash of the Stars left without speaking to the press.\n"They deserved it," the coach added.'
    )
    assert who(text)[-1] == ("They deserved it,", "Ray Ode")
    text = (
        'Judge Ann Hale opened the hearing.\nJudge Tom Pell, who was due to hear the case, was ill.\n'
        '"We will proceed," the judge said.'
    )
    assert who(text) == [("We will proceed,", "Ann Hale")]
    # one an apposition makes a former holder
    text = (
        'Finance Minister Ana Sol unveiled the budget. "This is for families," she said.\n'
        'Minister Bo Lee, her predecessor, called it reckless.\n"We have listened," the minister said.'
    )
    assert who(text)[-1] == ("We have listened,", "Ana Sol")


def test_the_coach_just_titled_who_speaks_is_still_the_coach():
    text = (
        'Coach Ray Ode praised his side. "We were brilliant," he said.\n'
        'Coach Ben Ash of the Stars criticised the pitch.\n"It was a disgrace," the coach said.'
    )
    assert who(text)[-1] == ("It was a disgrace,", "Ben Ash")


def test_the_judge_is_no_peer_or_celebrity_titled_lord_or_lady():
    text = (
        "Lady Gaga lost her claim against her former producer at the High Court in London.\n"
        'The judge said the contract was "clear and binding".\n"I respect the ruling," Lady Gaga said.\n'
        '"The claim fails," the judge said.'
    )
    assert who(text)[-1] == ("The claim fails,", "the judge")
    text = (
        "A peer has lost a libel action at the High Court.\nLord Hale had claimed that a newspaper "
        'defamed him. "I will appeal," Lord Hale said outside court.\n"The article was true," the judge said.'
    )
    assert who(text)[-1] == ("The article was true,", "the judge")
    text = (
        'Lady Hale, the former president of the Supreme Court, criticised the ruling. "It is wrong," she said.\n'
        'The judge said the law was "plain".'
    )
    assert who(text)[-1] == ("plain", "the judge")


def test_the_judge_is_the_lord_who_jails():
    text = (
        'Jailing him for six years at the High Court in Glasgow, Lord Brodie said: "You are a danger."\n'
        '"You showed no remorse," the judge said.'
    )
    assert [s for _, s in who(text)] == ["Lord Brodie", "Lord Brodie"]


def test_a_headlines_role_is_not_given_to_one_the_body_gives_another_role():
    # the mayor's headline words, said below by a shopkeeper too: still the mayor's
    text = (
        "'Enough is enough,' says mayor as floods return\nResidents count the cost\n"
        'Mayor Ann Hale toured the flooded streets. "We have had enough of promises," she said.\n'
        'Shopkeeper Tom Pell was furious. "Enough is enough," he said.'
    )
    assert who(text, heads=2)[0] == ("Enough is enough,", "Ann Hale")
    text = (
        "'Enough is enough,' says mayor as floods return\nResidents count the cost\n"
        'Mayor Ann Hale toured the flooded streets. "We have had enough of promises," she said.\n'
        '"Enough is enough," said Tom Pell, a shopkeeper on Main Street.'
    )
    assert who(text, heads=2)[0] == ("Enough is enough,", "Ann Hale")
    text = (
        "'We will not back down,' says minister\nTalks collapse\n"
        'Education Minister Ana Sol met the unions. "The offer stands," she said.\n'
        'Union leader Tom Pell was defiant. "We will not back down," he said.'
    )
    assert who(text, heads=2)[0] == ("We will not back down,", "Ana Sol")
    # (one the body gives the same role still is the headline's)
    text = (
        "'We will not back down,' says minister\nTalks collapse\n"
        'Education Minister Ana Sol met the unions. "The offer stands," she said.\n'
        'Junior minister Tom Pell was blunt. "We will not back down," he said.'
    )
    assert who(text, heads=2)[0] == ("We will not back down,", "Tom Pell")


def test_a_title_for_the_portfolio_of_three_words_names_no_one():
    # a headline drops "the" before the title: the portfolio's last words are no name
    text = (
        "Commissioner for the Digital Single Market warns of 'chaos'\nA standfirst\n"
        '"It will be chaos," the commissioner said.'
    )
    assert [s for _, s in who(text, heads=2)] == ["Commissioner for the Digital Single Market"] * 2
    text = '"We must act," said Minister for the Greater Sydney Region.'
    assert who(text) == [("We must act,", "Minister for the Greater Sydney Region")]


def test_money_paid_to_a_place_makes_no_person():
    # "paid to" is a tribute's only after "tribute": money paid to a place's people names no one "he" is
    text = 'Compensation was paid to Port Hale families. "It is not enough," he said.'
    assert who(text) == [("It is not enough,", None)]
