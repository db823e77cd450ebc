"""The country list the dashboard needs: ISO alpha-3 codes (how actors are coded), ISO numeric codes (how the Natural
Earth shapes of the ``world-atlas`` npm package are keyed) and short English names (CLDR, through Babel)."""

from __future__ import annotations

from functools import lru_cache

import pycountry
from babel import Locale

from .schemas import Country

IGO = Country(code="IGO", alpha2=None, numeric=None, name="Intergovernmental organisation")


@lru_cache(maxsize=1)
def countries() -> list[Country]:
    names = Locale("en").territories
    out = [
        Country(
            code=c.alpha_3,
            alpha2=c.alpha_2,
            numeric=c.numeric,
            name=names.get(c.alpha_2) or getattr(c, "common_name", None) or c.name,
        )
        for c in pycountry.countries
    ]
    out.sort(key=lambda c: c.name)
    return [*out, IGO]
