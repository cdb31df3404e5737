"""faqsvc: multilingual patient FAQ search.

Data flows one way: ingest -> corpus -> analysis -> index -> search. The web layer and the CLI
only render what ``faqsvc.answering.search.search`` returns.
"""

__version__ = "0.1.0"
