import hashlib, json, sys
import numpy as np
from sim.config import validate
from sim.figures import figures_of
from sim.migration import Migration

CASES = {
    "default": {"users": 1500},
    "contact_first_3_admins": {"users": 1500, "admins": 3, "contact_users_first": True, "helpdesk_agents": 2,
                               "billing": "net_terms", "billing_agents": 1, "licence_seats": 40},
}

def digest(overrides):
    config = validate(overrides)
    result = Migration(config, np.random.SeedSequence(config.seed)).run()
    h = hashlib.sha256()
    for name in sorted(result.columns):
        col = result.columns[name]
        arr = col.codes if hasattr(col, "codes") else np.asarray(col)
        h.update(name.encode()); h.update(np.ascontiguousarray(arr).tobytes() if arr.dtype != object else repr(arr.tolist()).encode())
    figs = {k: (None if isinstance(v, float) and v != v else v) for k, v in figures_of(result).items()}
    return {"columns_sha256": h.hexdigest(), "figures": figs}

print(json.dumps({name: {"settings": o, **digest(o)} for name, o in CASES.items()}, indent=1, sort_keys=True))
