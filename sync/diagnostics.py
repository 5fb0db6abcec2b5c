"""The central-service check of ``hallclient doctor``: reachable, healthy and speaking our API version."""

from __future__ import annotations

from hallclient.config import Settings
from hallclient.doctor import CheckResult, Verdict
from hallclient.errors import HallError
from sync.client import CentralClient


def central_check(settings: Settings, url_override: str | None = None) -> list[CheckResult]:
    url = url_override or settings["central_url"]
    if not url:
        return [CheckResult("中心系统", Verdict.FAIL, "未配置中心系统地址",
                            "在“设置 → 中心系统”中填写，或使用 --central-url")]
    client = CentralClient(url, ca_bundle=settings["ca_bundle"], read_timeout=5)
    try:
        body = client.health()
    except HallError as exc:
        return [CheckResult("中心系统", Verdict.FAIL, str(exc), "检查网络连接与中心系统地址，或联系中心系统管理员")]
    finally:
        client.close()
    version, api = body.get("version"), body["api_version"]
    return [CheckResult("中心系统", Verdict.OK, f"{url} 可连接，版本 {version}，接口 v{api}")]
