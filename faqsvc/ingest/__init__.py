"""Documents in, question-answer pairs out.

``text`` reflows raw extracted text into blocks, ``boilerplate`` drops what is not patient
information, ``sections`` finds headings and turns each section into a pair.
"""
