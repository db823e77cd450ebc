"""A party is never the recipient of its own act, whichever rule filled the actor: an agentless passive takes the
article's last actor of its type ("… telah ditahan": the last arrest's police), but not when that actor is the one
now acted on."""

from __future__ import annotations

from test_events import make_doc

from warta.analyze.events import extract


def test_an_agentless_passive_on_the_last_actor_is_not_its_own_act():
    text = "Israel menyerang Gaza pada Senin. Pada Selasa, Israel diserang."
    events = extract(make_doc(text, "id"))
    for e in events:
        actors = {p.name for p in e.actors}
        assert not actors & {p.name for p in e.recipients}, e
    attacked = [e for e in events if e.trigger.text == "diserang"]
    assert attacked and [p.name for p in attacked[0].recipients] == ["Israel"] and not attacked[0].actors


def test_the_last_actor_still_fills_an_agentless_passive_on_another_party():
    text = "Polri menangkap dua pengunjuk rasa di Jakarta. Sehari kemudian, tiga warga Malaysia ditahan."
    held = [e for e in extract(make_doc(text, "id")) if e.trigger.text == "ditahan"]
    assert held and [p.name for p in held[0].actors] == ["Polri"]
