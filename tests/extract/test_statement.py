"""Trust-fund arithmetic: checks and the inferred sign of a result printed without one."""
from kg.extract.facts import FinanceLine, Source
from kg.extract.statement import check_statement, parse_amount


def line(name, amount):
    return FinanceLine(name, name, amount, "USD", "2019-12-31", Source("annex-1", name))


def statement(result_printed, signed):
    lines = [line("opening-balance", 500_000), line("voluntary-contributions", 120_000),
             line("investment-revenue", 5_000), line("total-revenue", 125_000),
             line("operating-expenses", 160_000), line("total-expenses", 160_000),
             line("net-result", result_printed), line("closing-balance", 465_000)]
    return check_statement(lines, [], {"net-result": signed})


def test_parse_amount_reads_parentheses_and_dashes():
    assert parse_amount("(45210)") == (-45210.0, True)
    assert parse_amount("45210") == (45210.0, False)
    assert parse_amount("-") == (0.0, True)
    assert parse_amount("1,250,000") == (1_250_000.0, False)


def test_unsigned_deficit_gets_the_sign_the_arithmetic_proves():
    lines, checks, findings = statement(35_000, signed=False)
    result = next(l for l in lines if l.line == "net-result")
    assert result.amount == -35_000 and result.sign_inferred
    assert all(c.consistent for c in checks)
    assert {c.name for c in checks} == {"revenue-adds-up", "expenses-add-up", "result", "balance-carries-over"}
    assert findings[0].kind == "sign-inferred" and "-35,000" in findings[0].message


def test_a_wrong_total_fails_its_check():
    lines, checks, findings = statement(-30_000, signed=True)
    failed = {c.name for c in checks if not c.consistent}
    assert failed == {"result", "balance-carries-over"}
    assert any(f.kind == "arithmetic" for f in findings)
