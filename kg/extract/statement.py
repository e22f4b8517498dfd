"""The trust-fund statement: amounts as numbers, and the arithmetic that checks them.

Language rules name the lines; this module reads the printed figures and checks that revenue
adds up, that revenue minus expenses is the result, and that the balance carries over. A result
printed without a sign takes the sign the arithmetic proves.
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.facts import Check, Contribution, FinanceLine, Finding, Source

REVENUE = ("voluntary-contributions", "other-revenue", "investment-revenue")
EXPENSES = ("operating-expenses", "refunds")
TOLERANCE = 1.0  # statements round to whole dollars


# a statement's row for one object of expenditure (staff, travel ...): a part of the expenses, which
# the language's STATEMENT_LINES name so that no broader pattern takes it for a line of its own
OBJECT_OF_EXPENDITURE = "object-of-expenditure"


def name_line(lines: list[tuple[str, re.Pattern[str]]], label: str) -> str | None:
    """The contract name of a printed statement line: the first pattern that matches wins."""
    return next((line for line, pattern in lines if pattern.search(label)), None)


def expenses_by_object(lines: list[FinanceLine], objects: list[FinanceLine]) -> list[FinanceLine]:
    """`lines` with the operating expenses made up from expenses printed by object (staff, travel,
    contractual services ...) where no total of expenses is printed: they are the objects' sum. A
    printed operating-expenses line at least as large as that sum is their total and stays; a
    smaller one ("General operating expenses", named like the line) is one more object."""
    if not objects or any(line.line == "total-expenses" for line in lines):
        return lines
    spent = sum(line.amount for line in objects)
    printed = next((line for line in lines if line.line == "operating-expenses"), None)
    if printed is not None and printed.amount >= spent - TOLERANCE:
        return lines
    if printed is not None:
        spent += printed.amount
    first = printed or objects[0]
    summed = replace(first, line="operating-expenses", amount=spent, label="; ".join(
        line.label for line in ([printed] if printed else []) + objects))
    return [line for line in lines if line is not printed] + [summed]


def parse_amount(text: str) -> tuple[float | None, bool]:
    """'(45210)' -> (-45210, True); '45210' -> (45210, False); '-' -> (0, True). Bool: sign printed."""
    s = text.strip().replace(",", "").replace(" ", "").replace("−", "-").replace("–", "-")
    if s in ("-", "—", ""):
        return (0.0, True) if s else (None, False)
    signed = s.startswith(("(", "-"))
    s = s.strip("()")
    try:
        value = float(s)
    except ValueError:
        return None, False
    return (-abs(value) if signed else value), signed


def _sum(lines: dict[str, FinanceLine], names: tuple[str, ...]) -> float:
    return sum(lines[n].amount for n in names if n in lines)


def check_statement(lines: list[FinanceLine], contributions: list[Contribution],
                    signs: dict[str, bool]) -> tuple[list[FinanceLine], list[Check], list[Finding]]:
    """Infer the sign of an unsigned result, then run every check the lines allow."""
    # refunds are money paid out: an older statement prints them as a deduction, "(9,810)"
    lines = [replace(line, amount=abs(line.amount)) if line.line == "refunds" else line for line in lines]
    by = {line.line: line for line in lines}
    findings: list[Finding] = []
    if "operating-expenses" in by and not {"total-expenses", "refunds"} & by.keys():
        # a statement with one expenses line and nothing else spent: that line is the total
        by["total-expenses"] = replace(by["operating-expenses"], line="total-expenses")
        lines = [*lines, by["total-expenses"]]
    result = by.get("net-result")
    if result and not signs.get("net-result") and "total-revenue" in by and "total-expenses" in by:
        proved = by["total-revenue"].amount - by["total-expenses"].amount
        if abs(abs(proved) - abs(result.amount)) <= TOLERANCE and proved < 0 <= result.amount:
            how = (f"printed without a sign as {result.amount:,.0f}; total revenue {by['total-revenue'].amount:,.0f} "
                   f"minus total expenses {by['total-expenses'].amount:,.0f} is {proved:,.0f}, so it is a deficit")
            if "opening-balance" in by and "closing-balance" in by:
                how += (f"; the closing balance {by['closing-balance'].amount:,.0f} equals the opening balance "
                        f"{by['opening-balance'].amount:,.0f} plus {proved:,.0f}, which confirms it")
            by["net-result"] = replace(result, amount=-abs(result.amount), sign_inferred=True)
            findings.append(Finding("sign-inferred", how, result.source))
    checks = []

    def add(name: str, expected: float, actual: float, explanation: str) -> None:
        checks.append(Check(name, expected, actual, abs(expected - actual) <= TOLERANCE, explanation))

    if "total-revenue" in by and any(n in by for n in REVENUE):
        add("revenue-adds-up", _sum(by, REVENUE), by["total-revenue"].amount,
            "voluntary contributions + other revenue + investment revenue = total revenue")
    if "total-expenses" in by and any(n in by for n in EXPENSES):
        add("expenses-add-up", _sum(by, EXPENSES), by["total-expenses"].amount,
            "operating expenses + refunds = total expenses")
    if {"total-revenue", "total-expenses", "net-result"} <= by.keys():
        add("result", by["total-revenue"].amount - by["total-expenses"].amount, by["net-result"].amount,
            "total revenue - total expenses = net result")
    if {"opening-balance", "net-result", "closing-balance"} <= by.keys():
        add("balance-carries-over", by["opening-balance"].amount + by["net-result"].amount,
            by["closing-balance"].amount, "opening balance + net result = closing balance")
    for kind, line in (("voluntary-contribution", "voluntary-contributions"), ("refund", "refunds")):
        listed = [c for c in contributions if c.kind == kind and c.source.paragraph.startswith("annex")]
        if listed and line in by:
            add(f"{line}-by-party", sum(c.amount for c in listed), by[line].amount,
                f"the {kind}s listed by party add up to the {line} line")
    for check in checks:
        if not check.consistent:
            findings.append(Finding("arithmetic", f"{check.name}: expected {check.expected:,.0f}, "
                                    f"printed {check.actual:,.0f} ({check.explanation})",
                                    Source("annex-1", check.explanation)))
    ordered = [by[line.line] for line in lines if line.line in by]
    return ordered, checks, findings


__all__ = ["parse_amount", "check_statement", "expenses_by_object", "Source"]
