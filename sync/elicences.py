"""Looking up the e-licence library (电子证照库) in the central service for a holder's ID or USCC.

The answer feeds :meth:`hallclient.services.cases.CaseService.use_elicence`, which checks the kind and
validity again in the core; the lookup itself needs the network, so it lives here.
"""

from __future__ import annotations

import datetime as dt

from hallclient.domain.elicence import ELicence
from sync.client import CentralClient
from sync.errors import BadReply


def lookup(client: CentralClient, holder_id: str) -> list[ELicence]:
    """The holder's licences, expired ones included (``ELicence.expired`` tells them apart)."""
    body = client.json("GET", "/elicences", params={"holder_id": holder_id.strip().upper()})
    try:
        return [ELicence(e["holder_id"], e["holder_name"], e["type"], e["number"], e["issuer"],
                         dt.date.fromisoformat(e["issued"]),
                         dt.date.fromisoformat(e["valid_until"]) if e["valid_until"] else None) for e in body]
    except (KeyError, TypeError, ValueError) as exc:
        raise BadReply("中心系统返回的电子证照数据格式错误") from exc
