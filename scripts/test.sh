#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests need, then pytest.
# System packages (Debian): Chromium and a CJK font for the browser test, fonts for the PDF tests
# (CJK, and Amiri for the Arabic copy),
# LibreOffice Writer for the Word and PDF copies a word processor makes, poppler's pdftotext for
# the text copied out of them, a JDK and the OWL API
# (libowlapi-java) for the OWL 2 DL profile check, Java for HermiT (owlready2).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || need+=(fonts-wqy-microhei)
dpkg -s fonts-hosny-amiri >/dev/null 2>&1 || need+=(fonts-hosny-amiri)  # the Arabic copies' font
lean=()  # installed without recommended packages (LibreOffice's would bring Java and more)
command -v soffice >/dev/null 2>&1 || lean+=(libreoffice-writer)
command -v pdftotext >/dev/null 2>&1 || lean+=(poppler-utils)  # the text copies of PDFs users make
command -v javac >/dev/null 2>&1 || lean+=(default-jdk-headless)
[ -f /usr/share/java/owlapi-distribution.jar ] || lean+=(libowlapi-java)
if [ $(( ${#need[@]} + ${#lean[@]} )) -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    [ ${#need[@]} -eq 0 ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
    [ ${#lean[@]} -eq 0 ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${lean[@]}" >/dev/null
  else
    echo "missing system packages: ${need[*]} ${lean[*]} (install them with apt-get as root)" >&2
  fi
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".[test,notebook]"
# one pytest-xdist worker per logical CPU (`auto` counts physical cores); worksteal hands each
# worker a run of neighbouring tests, so module fixtures are mostly built once, and lets an idle
# worker take half of a busy one's queue
exec .venv/bin/python -m pytest -n logical --dist worksteal "$@"
