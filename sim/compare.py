"""``joinsim compare A.toml B.toml``: two scenarios run with the same root seed, hence common random
numbers, replication by replication; the difference of each headline figure is given with a paired
95% t-interval. Writes ``<out>/A/``, ``<out>/B/`` (full run reports), ``comparison.json`` and
``compare.html``, atomically."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pandas as pd

from sim import outdir, runner
from sim.config import Config
from sim.report import STYLE


def compare(configs: list[Config], names: list[str], out: Path, quiet: bool = False) -> dict:
    out = Path(out)
    outdir.check_out_dir(out)
    tmp = outdir.new_tmp(out)
    try:
        summaries = [runner.run(config, tmp / name, quiet=quiet) for config, name in zip(configs, names, strict=True)]
        rows = []
        for key, label in runner.HEADLINES:
            a = [r[key] for r in summaries[0]["replications"]["per_replication"]]
            b = [r[key] for r in summaries[1]["replications"]["per_replication"]]
            n = min(len(a), len(b))
            diff = runner.t_interval([b[k] - a[k] for k in range(n)])
            rows.append({"figure": label, "key": key, "a_mean": sum(a) / len(a), "b_mean": sum(b) / len(b),
                         "diff_mean": diff["mean"], "diff_ci95_low": diff["ci95_low"],
                         "diff_ci95_high": diff["ci95_high"], "n": n})
        changed = sorted(k for k in summaries[0]["config"]
                         if summaries[0]["config"][k] != summaries[1]["config"][k])
        result = {"a": names[0], "b": names[1], "seed": configs[0].seed, "changed_config": changed,
                  "figures": rows, "outcomes": {names[0]: summaries[0]["outcomes"], names[1]: summaries[1]["outcomes"]}}
        (tmp / "comparison.json").write_text(json.dumps(result, indent=2) + "\n")
        table = pd.DataFrame([{
            "figure": r["figure"], names[0]: f"{r['a_mean']:,.2f}", names[1]: f"{r['b_mean']:,.2f}",
            "B − A": f"{r['diff_mean']:+,.2f}", "95% CI of B − A": f"[{r['diff_ci95_low']:,.2f}, "
            f"{r['diff_ci95_high']:,.2f}]", "n": r["n"]} for r in rows])
        outcomes = pd.DataFrame([{"outcome": k, names[0]: summaries[0]["outcomes"][k],
                                  names[1]: summaries[1]["outcomes"][k]} for k in summaries[0]["outcomes"]])
        page = (f"<!doctype html><html lang=en><meta charset=utf-8><title>compare {html.escape(names[0])} vs "
                f"{html.escape(names[1])}</title><style>{STYLE}</style><body>"
                f"<h1>{html.escape(names[0])} vs {html.escape(names[1])}</h1>"
                f"<p class=muted>Same root seed {configs[0].seed} (common random numbers), "
                f"{configs[0].replications} replication(s) each. Config keys that differ: "
                f"{html.escape(', '.join(changed) or 'none')}. Full reports: "
                f"<a href='{html.escape(names[0])}/report.html'>{html.escape(names[0])}</a>, "
                f"<a href='{html.escape(names[1])}/report.html'>{html.escape(names[1])}</a>.</p>"
                "<h2>Headline figures (per replication)</h2>" + table.to_html(index=False, border=0)
                + "<h2>Outcomes (all replications)</h2>" + outcomes.to_html(index=False, border=0)
                + "</body></html>\n")
        (tmp / "compare.html").write_text(page, encoding="utf-8")
        outdir.publish(tmp, out)
    except BaseException:
        outdir.discard(tmp)
        raise
    return result
