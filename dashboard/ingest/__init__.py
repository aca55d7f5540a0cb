"""Files -> documents: reading articles (``documents``), page debris (``debris``), publication
dates (``pubdate``) and sentences (``sentences``).

>>> from dashboard.ingest.archive import load_documents
>>> [d.source for d in load_documents(["seeds"])][:1]
['United Front']
"""
