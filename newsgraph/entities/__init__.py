"""Entities: who and what an article names, one entity per referent.

- ``build``: the article's entities from the corrected NER spans (what the stage runs).
- ``lexicon``: title, role and institution word lists (hand-written; no package has them);
  honorifics from nameparser; organizations from ``organizations``.
- ``words``: ordinary English words (a capitalized word or a name?).
- ``organizations``: wire agencies, institutions and international bodies
  (``data/organizations.tsv``), shared with the cleaner's credit lines.
- ``actors``: well-known political actors and armed groups with their countries
  (``data/actors.tsv``, ``data/actors_extra.tsv``, ``data/groups.tsv``).
- ``geo``: the place gazetteer's answers (``newsgraph.places``) behind one small interface.
- ``fix``: corrections of the NER's spans and labels (dateline, wire agencies, places tagged
  as people, title words tagged as organizations, ages tagged as dates, country compounds).
- ``roles``: titles, ages and countries of people and organizations from their context.
- ``coref``: name coreference that groups mentions into entities.
"""
