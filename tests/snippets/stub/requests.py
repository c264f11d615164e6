"""A stand-in for the requests package that sends nothing: each call is printed to stderr as one JSON line
(method, url, headers, body) and answered from the ESI_STUB_ANSWERS file (a JSON list of bodies, one per call;
an empty list once they run out), so tests can check exactly what a generated snippet would send."""
import json
import os
import sys

_answers = json.load(open(os.environ["ESI_STUB_ANSWERS"])) if os.environ.get("ESI_STUB_ANSWERS") else []


class _Response:
    def __init__(self, body):
        self.ok = True
        self.status_code = 200
        self.text = json.dumps(body)
        self.headers = {"X-Pages": "1"}
        self._body = body

    def json(self):
        return self._body


def request(method, url, headers=None, data=None, timeout=None):
    sys.stderr.write(json.dumps({"method": method, "url": url, "headers": headers or {},
                                 "body": data.decode("utf-8") if data is not None else None}) + "\n")
    return _Response(_answers.pop(0) if _answers else [])
