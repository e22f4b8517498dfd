"""The pages in a real browser: headless Chromium, every request but file:// blocked and recorded.

Skipped (with the reason) when /usr/bin/chromium is missing; scripts/test.sh installs it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from rdflib import Literal
from rdflib.namespace import RDFS, SKOS

from kg.rdf.namespaces import UNKG
from kg.store.files import load_dataset
from kg.views import ViewFilter, build_network, draw_page
from kg.views.relations import read_participations

WIDTH, HEIGHT = 1280, 800
IMG_PAYLOAD = "<img src=x onerror=window.__pwned=1>"
SCRIPT_PAYLOAD = "<script>window.__pwned=2</script>"


@dataclass
class OpenedPage:
    page: object
    outside: list[str] = field(default_factory=list)   # requests that tried to leave the machine
    errors: list[str] = field(default_factory=list)    # console errors and uncaught exceptions

    def count(self) -> tuple[int, int]:
        return tuple(self.page.evaluate("[network.body.data.nodes.length, network.body.data.edges.length]"))

    def hidden_nodes(self) -> list[str]:
        """Nodes (with their labels) that are off the window or under the legend once laid out."""
        return self.page.evaluate("""(() => {
            const panel = document.getElementById("panel").getBoundingClientRect();
            return network.body.data.nodes.getIds().filter(id => {
                const box = network.getBoundingBox(id);
                const a = network.canvasToDOM({x: box.left, y: box.top});
                const b = network.canvasToDOM({x: box.right, y: box.bottom});
                const off = a.x < 0 || a.y < 0 || b.x > innerWidth || b.y > innerHeight;
                const underLegend = a.x < panel.right && a.y < panel.bottom;
                return off || underLegend;
            }); })()""")

    def hover(self, node: str) -> str:
        """Point at a node; returns the text of the tooltip that shows."""
        x, y = self.page.evaluate("id => { const p = network.canvasToDOM(network.getPosition(id)); return [p.x, p.y]; }", node)
        self.page.mouse.move(x - 30, y - 30)
        self.page.mouse.move(x, y, steps=5)
        self.page.wait_for_function(
            "() => { const t = document.querySelector('div.vis-tooltip'); return t && t.style.visibility === 'visible'; }",
            timeout=5_000)
        return self.page.inner_text("div.vis-tooltip")


def open_page(browser, path) -> OpenedPage:
    page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
    opened = OpenedPage(page)
    page.on("console", lambda message: opened.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: opened.errors.append(str(error)))

    def only_local(route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            opened.outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    page.goto(path.as_uri())
    page.wait_for_function("document.body.dataset.stabilized === 'true'", timeout=30_000)
    return opened


def test_the_small_graph_draws_offline_fits_the_window_and_holds_still(browser, small_graph, tmp_path):
    page_file = draw_page(small_graph, tmp_path / "partners.html").path

    opened = open_page(browser, page_file)
    page = opened.page

    assert opened.count() == (7, 13)
    assert page.evaluate("network.physics.physicsEnabled") is False
    canvas = page.evaluate("(() => { const r = document.querySelector('#network canvas').getBoundingClientRect();"
                           " return [r.width, r.height]; })()")
    assert canvas == [WIDTH, HEIGHT]
    assert opened.hidden_nodes() == []
    legend = page.inner_text("#legend")
    for kind in ("UN entity", "Intergovernmental organisation", "Government or country", "Civil society"):
        assert kind in legend
    tooltip = opened.hover("UNRCPD")
    assert "United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific / 联合国和平与裁军亚洲及太平洋区域中心" in tooltip
    assert "T/1 para. 2" in tooltip
    page.screenshot(path=str(tmp_path / "small-partners.png"))
    assert opened.outside == []
    assert opened.errors == []
    page.close()


def test_the_sample_report_draws_every_view(browser, sample_graph, tmp_path):
    for view in ("partners", "bipartite", "funding"):
        expected = build_network(sample_graph, view)
        page_file = draw_page(sample_graph, tmp_path / f"{view}.html", view=view).path

        opened = open_page(browser, page_file)

        assert opened.count() == (expected.number_of_nodes(), expected.number_of_edges())
        assert opened.hidden_nodes() == []
        opened.page.screenshot(path=str(tmp_path / f"sample-{view}.png"))
        assert opened.outside == []
        assert opened.errors == []
        opened.page.close()


def test_markup_in_a_name_is_shown_as_text_and_never_run(browser, sample_graph, tmp_path):
    dataset = load_dataset(sample_graph)
    organisations = [p.agent.key for p in read_participations(dataset) if p.agent.kind.name != "government"]
    targets = list(dict.fromkeys(organisations))[:2]
    assert targets, "the sample graph should name organisations in its activities"
    for key, payload in zip(targets, (IMG_PAYLOAD, SCRIPT_PAYLOAD)):
        entity = next(dataset.subjects(UNKG.key, Literal(key)))
        for label in (SKOS.prefLabel, RDFS.label):
            dataset.remove((entity, label, None))
        dataset.add((entity, SKOS.prefLabel, Literal(payload, lang="en")))
    page_file = draw_page(dataset, tmp_path / "hostile.html", filters=ViewFilter(focus=targets[0])).path

    opened = open_page(browser, page_file)
    page = opened.page

    assert page.evaluate("id => network.body.data.nodes.get(id).label", targets[0]).startswith(IMG_PAYLOAD)
    assert IMG_PAYLOAD in opened.hover(targets[0])
    page.wait_for_timeout(300)  # an image that fails to load would call onerror by now
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 2  # vis-network and ours
    assert opened.outside == []
    assert opened.errors == []
    page.close()


def _opened_offline(browser, path, *, wait_for_layout: bool) -> OpenedPage:
    page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
    opened = OpenedPage(page)
    page.on("console", lambda message: opened.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: opened.errors.append(str(error)))
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file://")
               else (opened.outside.append(route.request.url), route.abort()))
    page.goto(path.as_uri())
    if wait_for_layout:
        page.wait_for_function("document.body.dataset.stabilized === 'true'", timeout=30_000)
    return opened


def _pixels(screenshot: bytes) -> set[tuple[int, int, int]]:
    from PIL import Image
    import io

    image = Image.open(io.BytesIO(screenshot)).convert("RGB")
    return set(image.getdata())


def test_the_compare_page_draws_both_editions_side_by_side_with_changes_coloured(browser, two_years_graph, tmp_path):
    from kg.store import open_store
    from kg.views.compare import compare
    from kg.views.compare_page import COLOURS, write_compare_page

    comparison = compare(open_store(graph=two_years_graph), "UNRCPD:2021", "UNRCPD:2022")
    write_compare_page(comparison, tmp_path / "changes.html")

    opened = _opened_offline(browser, tmp_path / "changes.html", wait_for_layout=True)
    page = opened.page

    counts = page.evaluate("['a', 'b'].map(id => [networks[id].body.data.nodes.length, networks[id].body.data.edges.length])")
    assert counts == [[6, 7], [5, 6]]
    statuses = page.evaluate("""['a', 'b'].map(id => networks[id].body.data.edges.get()
                                  .map(e => e.status).sort())""")
    assert statuses[0] == ["continued"] * 3 + ["ended"] * 4   # OSCE, JPN, JPN+OSCE; THA, EU, UNITAR, EU+THA
    assert statuses[1] == ["appeared"] * 3 + ["continued"] * 3
    assert page.evaluate("networks.a.body.data.nodes.get('THA').status") == "ended"
    assert page.evaluate("networks.b.body.data.nodes.get('AUS').status") == "appeared"
    legend = page.inner_text("#legend")
    assert "appeared in B" in legend and "ended after A" in legend
    screenshot = page.screenshot(path=str(tmp_path / "changes.png"))
    colours = _pixels(screenshot)
    for change in ("appeared", "ended"):  # the coloured links are drawn, not only declared
        hex_colour = COLOURS[change]
        assert tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)) in colours, change
    assert opened.outside == []
    assert opened.errors == []
    page.close()


def test_the_timeline_page_shows_the_plot_and_the_table_offline(browser, two_years_graph, tmp_path):
    from kg.store import open_store
    from kg.views.timeline import build_timeline
    from kg.views.timeline_page import write_timeline_page

    write_timeline_page(build_timeline(open_store(graph=two_years_graph), by="partner"), tmp_path / "timeline.html")

    opened = _opened_offline(browser, tmp_path / "timeline.html", wait_for_layout=False)
    page = opened.page

    box = page.evaluate("(() => { const r = document.querySelector('#plot svg').getBoundingClientRect(); return [r.width, r.height]; })()")
    assert box[0] > 300 and box[1] > 200
    assert page.evaluate("document.querySelectorAll('#counts tbody tr').length") == 2
    assert "Organization for Security and Co-operation in Europe" in page.inner_text("#counts thead")
    screenshot = page.screenshot(path=str(tmp_path / "timeline.png"))
    assert (31, 119, 180) in _pixels(screenshot)  # the first bar colour (tab10 blue) is painted
    assert opened.outside == []
    assert opened.errors == []
    page.close()
