"""The models (compiled by mypyc to native classes, or run as Python) keep the dataclasses' behaviour:
frozen, equal and hashed by their fields, `replace`, pickling and copying, the same in both builds."""
from __future__ import annotations

import json
import os
import subprocess
import sys

_CHECK = """
import copy, json, pickle
from dataclasses import FrozenInstanceError, asdict, fields, replace
from diplograph.models import Article, Claim, Entity, Evidence, Extraction, Mention, When

state = Entity("https://w3id.org/diplograph/id/state/BG", "Bulgaria", "State", ("България",), "Q219")
body = Entity("https://w3id.org/diplograph/id/org/NATO", "NATO", "Organization", in_catalog=False)
claim = Claim("d1", state, "memberOf", body, Evidence("България е член на НАТО", 0, 24), When(start="2004-03-29"))
article = Article("d1", "България е член на НАТО.", "bg", "2024-01-02", source="x.txt")
mention = Mention("d1", 0, 8, "България", state)
extraction = Extraction(article, [claim], [mention])
out = {}
for name, obj in [("state", state), ("body", body), ("claim", claim), ("article", article), ("mention", mention),
                  ("when", When("2024")), ("default", Claim("d", state, "r", body, Evidence("t", 0, 1)))]:
    try:
        setattr(obj, fields(obj)[0].name, "changed")
        frozen = False
    except FrozenInstanceError:
        frozen = True
    back = pickle.loads(pickle.dumps(obj))
    out[name] = {"repr": repr(obj), "frozen": frozen, "hash": hash(obj) == hash(tuple(getattr(obj, f.name) for f in fields(obj))),
                 "pickled": back == obj and type(back) is type(obj), "copies": copy.copy(obj) == copy.deepcopy(obj) == obj,
                 "fields": [f.name for f in fields(obj)], "asdict": repr(asdict(obj))}
back = pickle.loads(pickle.dumps(extraction))
out["extraction"] = [back == extraction, back.claims == [claim], back.mentions[0].entity == state, list(back.entities)]
out["replace"] = [repr(replace(state, labels=("Bulgarie",))), repr(replace(claim, when=When(at="2020")))]
out["truth"] = [bool(When()), bool(When(end="2020")), When() == When(), When("2024") in {When(at="2024")}]
out["default when"] = [Claim("d", state, "r", body, Evidence("t", 0, 1)).when == When(),
                       Claim("d", state, "r", body, Evidence("t", 0, 1)).when is not
                       Claim("d", state, "r", body, Evidence("t", 0, 1)).when]
out["unequal"] = [state != body, state != replace(state, in_catalog=False), claim != replace(claim, confidence=0.5)]
try:
    Entity("iri", "label")
    out["missing"] = "built"
except TypeError:
    out["missing"] = "TypeError"
print(json.dumps(out, ensure_ascii=False))
"""


def _check(pure: bool) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "DIPLOGRAPH_PURE"}
    if pure:
        env["DIPLOGRAPH_PURE"] = "1"
    done = subprocess.run([sys.executable, "-c", _CHECK], env=env, capture_output=True, text=True, timeout=300, check=True)
    return json.loads(done.stdout)


def test_models_behave_as_frozen_dataclasses_compiled_or_not() -> None:
    pure, built = _check(pure=True), _check(pure=False)
    assert pure == built
    for name in ("state", "body", "claim", "article", "mention", "when", "default"):
        assert pure[name]["frozen"] and pure[name]["hash"] and pure[name]["pickled"] and pure[name]["copies"], name
    assert pure["state"]["repr"] == ("Entity(iri='https://w3id.org/diplograph/id/state/BG', label='Bulgaria', "
                                     "type='State', labels=('България',), wikidata='Q219', in_catalog=True)")
    assert pure["claim"]["fields"] == ["doc", "subject", "relation", "object", "evidence", "when", "role",
                                       "confidence", "modality", "reported_by"]
    assert pure["extraction"] == [True, True, True, ["https://w3id.org/diplograph/id/state/BG",
                                                     "https://w3id.org/diplograph/id/org/NATO"]]
    assert "labels=('Bulgarie',)" in pure["replace"][0] and "When(at='2020', start=None, end=None)" in pure["replace"][1]
    assert pure["truth"] == [False, True, True, True]
    assert pure["default when"] == [True, True]
    assert pure["unequal"] == [True, True, True]
    assert pure["missing"] == "TypeError"
