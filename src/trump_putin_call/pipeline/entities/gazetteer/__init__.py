"""Stage 4b: names whose label the world already knows (a gazetteer).

Three versioned lists ship with the package, each row stamped on the mentions it touches:

- ``known_orgs.csv`` (about 10,300 organisations: international bodies, agencies,
  legislatures, courts, police and armed forces, parties and armed groups, news
  organisations, companies, clubs, universities and hospitals; written from general
  knowledge, merged by ``tools/add_known_orgs.py``). A mention spelled exactly like a
  listed name becomes an organisation ("advised by Goldman Sachs" is no person), and a
  listed name the model missed is added: ``rule:known_org``. A name that also means
  something else (column ``ambiguous``: a word, a person's name, or ``place`` for a town
  or nationality word: "Boots", "Liverpool", "Reform") counts only where the context says
  so: a club in a sports report, a company in a sentence about shares or sales, a party in
  one about seats or votes (``rule:known_org_context``).
- ``known_people.csv`` (hand-curated public figures: leaders, ministers, heads of
  international bodies, central bankers; full names and the surnames no other listed
  person shares). A name the model took for an organisation or place is a person ("talks
  with Trump"), and a lone surname gets the full name: ``rule:known_person``.
- ``known_places.csv`` (GeoNames, via ``tools/make_known_places.py``: countries, capitals,
  US states, continents, cities of 200,000 people or more, and towns of 15,000 or more).
  The model's organisation of that name is a place ("the embassy in Oslo"); its person is
  a place for countries, capitals, states and continents that are not also given names,
  and for other places where the text says a place is meant ("in Stavanger") or the
  article introduces nobody of that name: ``rule:known_place``, ``rule:known_town``.

The corpus's own ``entity_overrides.csv`` runs after this stage and wins.

The lists are read by :mod:`.lists`; :mod:`.relabel`, :mod:`.split`, :mod:`.add`,
:mod:`.ambiguous`, :mod:`.sports` and :mod:`.datelines` hold the rules, which
:func:`trump_putin_call.pipeline.entities.stage.gazetteer_rules` runs in order.
"""
