"""peyvand's error catalogue.

Every error peyvand raises on purpose has a code and a message that names the
bad value, what is allowed and what to do. ``tests/test_errors.py`` formats
every code, so a message with a missing field fails a test, not a user.

>>> str(PeyvandError("E003", value="xml", allowed="jsonl, trig"))
"[E003] Unknown export format 'xml'. Use one of: jsonl, trig."
"""

from __future__ import annotations

from typing import Any

ERRORS: dict[str, str] = {
    # input
    "E001": "Input path '{path}' does not exist. Check the path, or pass a .txt file or a folder of .txt files.",
    "E002": "Could not decode '{path}' as text ({detail}). Save it as UTF-8, or pass a file in UTF-8, UTF-16 or Windows-1256.",
    "E003": "Unknown export format '{value}'. Use one of: {allowed}.",
    "E004": "'{path}' is empty or holds only whitespace; nothing to ingest. Remove it from the batch or add the article text.",
    "E005": "Bad date '{value}' for {what}. Use YYYY-MM-DD, e.g. 2025-10-29.",
    "E006": "Unsupported input '{path}' (type '{detail}'). Pass .txt, .html, .jsonl or .xml/.rss files, or a folder holding them.",
    "E007": "Line {line} of '{path}' is not a valid record: {detail}. Each line must be a JSON object with at least 'text' (and usually 'id').",
    "E008": "'{path}' does not look like Persian text ({detail}). peyvand reads Persian news; check the file or its encoding.",
    "E009": "Article id '{value}' is not usable: {detail}. Use a non-empty id without control characters.",
    "E010": "Extraction failed on '{path}' ({detail}). This is a bug in peyvand; report it with the article. The rest of the batch goes on.",
    "E011": "Could not fetch '{url}' ({detail}). Check the address and the network, or save the page and pass the file; the rest of the batch goes on.",
    "E012": "'{path}' is not a readable RSS or Atom feed ({detail}). Pass the feed's address or file, or save the articles as .txt, .html or .jsonl.",
    "E013": "No article text could be found in '{path}' ({detail}). Pass the article page itself (not an index page), or save its text as a .txt file.",
    "E014": "Unknown input format '{value}'. Use one of: {allowed}.",
    # store
    "E101": "No peyvand store at '{path}'. Create one with 'peyvand ingest FILE --store {path}' first.",
    "E102": "The store at '{path}' is locked by another process ({detail}). Close the other peyvand or Jupyter session, or use a copy.",
    "E103": "The SPARQL server at '{url}' answered {status}: {detail}. Check the URL (it needs /query and /update endpoints) and that the server accepts updates.",
    "E104": "Cannot reach the SPARQL server at '{url}' ({detail}). Start it (e.g. 'oxigraph serve --location DIR --bind 127.0.0.1:7878') or fix the URL.",
    "E105": "Unknown store kind '{value}'. Known store kinds: {allowed}.",
    "E106": "'{path}' exists but is not a peyvand store ({detail}). Pass an empty or new folder, or an existing peyvand store.",
    "E107": "The extraction of article '{value}' cannot be stored: {detail}. This is a bug in the extractor; report it with the article. The rest of the batch goes on.",
    "E108": "Cannot connect to the Dask scheduler at '{url}' ({detail}). Start one ('dask scheduler' and 'dask worker ADDRESS' on each machine, with peyvand installed) or fix the address.",
    "E109": "--workers must be a whole number from 0 to {allowed}, not '{value}'. Use 0 or 1 to extract in this process.",
    # query
    "E201": "The SPARQL query is not valid: {detail}. Check its syntax; prefixes pv:, pvid:, rdfs:, prov:, xsd: are predefined.",
    "E202": "Unknown query output format '{value}'. Use one of: {allowed}.",
    "E203": "No query given. Pass the query text, '-f FILE', or '-' to read it from stdin.",
    "E204": "Query file '{path}' cannot be read ({detail}).",
    # components
    "E301": "Unknown extractor '{value}'. Known extractors: {allowed}.",
    "E302": "The knowledge base could not be loaded from '{path}': {detail}. Reinstall peyvand; the KB ships inside the package.",
    "E303": "Bundled data file '{path}' is missing from the installed package. Reinstall peyvand ('pip install --force-reinstall peyvand').",
    # output
    "E401": "Cannot write '{path}' ({detail}). Choose a writable path.",
    "E402": "The store holds no facts yet, so there is nothing to {what}. Ingest articles first with 'peyvand ingest'.",
    # validation
    "E501": "SHACL validation could not run: {detail}.",
}


class PeyvandError(Exception):
    """An error with a code from :data:`ERRORS` and the fields its message names."""

    def __init__(self, code: str, **fields: Any) -> None:
        if code not in ERRORS:
            raise KeyError(f"unknown error code {code!r}")
        self.code = code
        self.fields = fields
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return f"[{self.code}] " + ERRORS[self.code].format(**self.fields)

    def __str__(self) -> str:
        return self.message


class InputError(PeyvandError):
    """Bad input: the batch goes on without this item."""


class StoreError(PeyvandError):
    """The store cannot be opened, read or written."""
