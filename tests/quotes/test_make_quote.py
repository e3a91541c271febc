import dataclasses
import pickle

import pytest

from reader.model import Cue, Mention, Quote, _make_quote


@pytest.mark.parametrize(
    "args",
    [
        (((3, 9),), "direct", 0, Mention(20, 23), Cue(24, 28)),
        (((3, 9), (12, 30)), "partial", None, None, None),
    ],
)
def test_make_quote_is_the_same_as_quote(args):
    made, plain = _make_quote(*args), Quote(*args)
    assert type(made) is Quote
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    assert dataclasses.astuple(made) == dataclasses.astuple(plain)
    assert pickle.loads(pickle.dumps(made)) == plain
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.kind = "partial"  # type: ignore[misc]
