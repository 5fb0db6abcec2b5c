"""An e-licence (电子证照) from the library used in place of a paper material (001 §6.6).

The counter may take a material from the library only when the licence is of the kind the material
names (a 营业执照 does not stand in for a 不动产权证书) and still valid on the day of use; the lookup
lives in :mod:`sync.elicences`, these rules in the core, so they hold offline and in tests alike.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hallclient.errors import ValidationError


@dataclass(frozen=True)
class ELicence:
    holder_id: str
    holder_name: str
    type: str
    number: str
    issuer: str
    issued: dt.date
    valid_until: dt.date | None

    def expired(self, today: dt.date) -> bool:
        return self.valid_until is not None and self.valid_until < today


def check_use(licence: ELicence, material_name: str, material_type: str | None, *, today: dt.date) -> None:
    """Raise with the reason when ``licence`` cannot replace the material (wrong kind, expired)."""
    if not material_type:
        raise ValidationError("材料「{material}」不能以电子证照代替", material=material_name)
    if licence.type != material_type:
        raise ValidationError("材料「{material}」需要「{wanted}」，所选电子证照为「{got}」",
                              material=material_name, wanted=material_type, got=licence.type)
    if licence.expired(today):
        raise ValidationError("电子证照 {number} 已于 {day} 过期，不能使用", number=licence.number,
                              day=licence.valid_until.isoformat() if licence.valid_until else "")
