from faqsvc.web.startup import load_app

app = load_app()
