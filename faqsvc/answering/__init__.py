"""From a patient's text to answers: query analysis, what unknown words likely meant, synonyms,
confidence, urgent rules and the one ``search()``; browsing reads the same index.

It reads the index built by ``faqsvc.index`` and never imports the web layer or the CLI.
"""
