"""Feed readers: ninjs, RSS, Atom, gzip, folders and broken files (team-written fixtures)."""

from __future__ import annotations

import gzip
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson
import pytest

from pipeline.domain.models import Article, ArticleAnalysis
from pipeline.domain.validate import parse_line
from pipeline.feed import FeedLine, count_lines, read_feed
from pipeline.runner import EmbeddedPipeline
from pipeline.settings import Settings
from pipeline.sources import from_ninjs, html_text, iso_time

FORMATS = Path(__file__).resolve().parents[1] / "fixtures" / "formats"


def records(path: Path, errors: list[FeedLine] | None = None) -> list[dict[str, Any]]:
    out = []
    for line in read_feed(path, on_error=None if errors is None else errors.append):
        out.append(
            {"_where": line.where, "_error": line.error} if line.error else orjson.loads(line.data)
        )
    return out


def test_a_ninjs_1_object_becomes_one_article() -> None:
    [record] = records(FORMATS / "ninjs1_item.json")
    assert record["id"] == "urn:newsml:example.org:20240301:story-101"
    assert record["headline"] == "Drone strike hits fuel depot near Lakeview"
    assert record["body"].startswith("A drone strike hit a fuel depot")
    assert '"armed fighters"' in record["body"] and "<p>" not in record["body"]
    assert record["body"].count("\n\n") == 1  # paragraphs kept apart
    assert record["published"] == "2024-03-01T09:30:00+00:00"  # versioncreated, "+0000" read
    assert record["place"] == "Lakeview" and record["source"] == "Example Wire"
    assert "url" not in record  # a URN is not a web address
    article = parse_line(orjson.dumps(record))
    assert isinstance(article, Article) and article.source == "Example Wire"


def test_a_ninjs_2_list_maps_headlines_bodies_places_and_infosources() -> None:
    first, no_body, not_object = records(FORMATS / "ninjs2_list.json")
    assert first["headline"] == "Shelling damages harbour cranes"  # the main one
    assert first["body"].startswith("Shelling damaged two cranes at the harbour")  # plain text
    assert first["url"] == first["id"] == "https://news.example.org/2024/03/02/harbour"
    assert first["place"] == "Port Marin" and first["source"] == "Coast Agency"
    # what cannot be an article still comes through, for validation to reject with a reason
    assert "body" not in no_body and no_body["id"] == "urn:example:no-body"
    assert not_object == "not an object"
    assert "body is missing" in getattr(parse_line(orjson.dumps(no_body)), "reason", "")


def test_ninjs_lines_are_converted_and_native_lines_stay_byte_for_byte() -> None:
    lines = list(read_feed(FORMATS / "ninjs_lines.jsonl"))
    converted = orjson.loads(lines[0].data)
    assert converted["id"] == "sd-77" and converted["source"] == "Desk Agency"
    assert converted["published"] == "2024-03-03T06:00:00+00:00"  # firstcreated
    stored = (FORMATS / "ninjs_lines.jsonl").read_bytes().splitlines()[1]
    assert lines[1].data == stored and lines[1].where.endswith("ninjs_lines.jsonl:2")


def test_ninjs_2_html_body_and_ninjs_1_places_are_read() -> None:
    record = from_ninjs(
        {
            "uri": "u1",
            "bodies": [{"contenttype": "text/html", "value": "<p>One &amp; two.</p>"}],
            "place": [{"name": "Hilltown"}],
            "provider": {"name": "Agency X"},
            "firstcreated": "2024-01-02T03:04:05Z",
        }
    )
    assert record == {
        "id": "u1",
        "body": "One & two.",
        "source": "Agency X",
        "published": "2024-01-02T03:04:05+00:00",
        "place": "Hilltown",
    }


def test_rss_items_map_guid_title_description_date_and_channel() -> None:
    first, second = records(FORMATS / "wire.rss.xml")
    assert first["id"] == "https://wire.example.net/a/1"
    assert first["headline"] == "Airstrike reported on bridge"
    assert first["body"] == "An airstrike hit a road bridge south of Rivertown, witnesses said."
    assert first["published"] == "2024-03-04T09:15:00+00:00"  # +0100 taken to UTC
    assert first["source"] == "Example Evening Wire"
    assert second["id"] == second["url"] == "https://wire.example.net/a/2"  # no guid: the link
    assert "published" not in second  # undated: replay places it by arrival


def test_atom_entries_prefer_content_and_published() -> None:
    [entry] = records(FORMATS / "wire.atom")
    assert entry["id"] == "urn:example:atom-desk:entry-9"
    assert (
        entry["body"] == "A convoy was hit on the mountain road.\n\nBoth sides blamed each other."
    )
    assert entry["published"] == "2024-03-05T07:30:00+00:00"
    assert entry["source"] == "Example Atom Desk"
    assert entry["url"] == "https://atom.example.net/entry-9"


def test_gzip_of_each_format_is_read_by_extension_or_by_its_magic_bytes(tmp_path: Path) -> None:
    for name in ("wire.rss.xml", "ninjs2_list.json", "ninjs_lines.jsonl"):
        plain = records(FORMATS / name)
        packed = tmp_path / f"{name}.gz"
        packed.write_bytes(gzip.compress((FORMATS / name).read_bytes()))
        assert records(packed) == plain
        disguised = tmp_path / f"disguised-{name}"  # gzip without .gz: sniffed
        shutil.copy(packed, disguised)
        assert records(disguised) == plain
        assert count_lines(packed) == len(plain)


def test_a_line_that_starts_with_gzips_magic_bytes_is_a_line_not_a_broken_archive(
    tmp_path: Path,
) -> None:
    # found by the fuzz test: a JSON lines file whose first bytes happen to be 1f 8b
    feed = tmp_path / "feed.jsonl"
    lines = [b"\x1f\x8b not an archive", b'{"id": "a1", "body": "text"}']
    feed.write_bytes(b"\n".join(lines) + b"\n")
    read = list(read_feed(feed, on_error=None))
    assert [line.data for line in read] == lines and all(line.error is None for line in read)
    assert count_lines(feed) == 2


def test_a_folder_is_read_recursively_in_path_order_with_every_supported_file(
    tmp_path: Path,
) -> None:
    (tmp_path / "b" / "deeper").mkdir(parents=True)
    shutil.copy(FORMATS / "wire.atom", tmp_path / "b" / "deeper" / "z.atom")
    shutil.copy(FORMATS / "ninjs1_item.json", tmp_path / "b" / "a.json")
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(b'{"id": "n1", "body": "x"}\n'))
    (tmp_path / "notes.txt").write_text("not a feed")
    (tmp_path / "c.rss").write_bytes((FORMATS / "wire.rss.xml").read_bytes())
    ids = [r["id"] for r in records(tmp_path)]
    assert ids == [
        "n1",
        "urn:newsml:example.org:20240301:story-101",
        "urn:example:atom-desk:entry-9",
        "https://wire.example.net/a/1",
        "https://wire.example.net/a/2",
    ]
    assert count_lines(tmp_path) == 5


def test_an_unreadable_file_is_named_and_the_files_after_it_are_still_read(
    tmp_path: Path,
) -> None:
    (tmp_path / "1-broken.json").write_text('[{"id": "x", "body": "y"},')
    (tmp_path / "2-binary.jsonl.gz").write_bytes(b"\x00\x01 not gzip")
    full = gzip.compress(b"".join(b'{"id": "g%d", "body": "b"}\n' % i for i in range(200)))
    (tmp_path / "3-truncated.jsonl.gz").write_bytes(full[: len(full) // 2])
    (tmp_path / "4-broken.xml").write_text("<rss><channel><item><title>cut")
    (tmp_path / "5-fine.jsonl").write_text('{"id": "last", "body": "still here"}\n')
    errors: list[FeedLine] = []
    got = records(tmp_path, errors)
    assert [Path(e.path).name for e in errors] == [
        "1-broken.json",
        "2-binary.jsonl.gz",
        "3-truncated.jsonl.gz",
        "4-broken.xml",
    ]
    assert "not a valid JSON document" in (errors[0].error or "")
    assert "ended" in (errors[2].error or "") or "EOF" in (errors[2].error or "")
    truncated_ids = [r["id"] for r in got if r.get("id", "").startswith("g")]
    assert truncated_ids and truncated_ids == [f"g{i}" for i in range(len(truncated_ids))]
    assert got[-1] == {"id": "last", "body": "still here"}  # nothing after the faults is lost


def test_an_unknown_file_named_on_its_own_is_a_clear_error(tmp_path: Path) -> None:
    odd = tmp_path / "feed.dat"
    odd.write_text("id,headline\n1,hello\n")
    errors: list[FeedLine] = []
    assert records(odd, errors) == [{"_where": f"{odd}:0", "_error": errors[0].error}]
    assert "not a supported feed format" in (errors[0].error or "")


class StandIn:
    def analyse(self, articles: Sequence[Article]) -> list[ArticleAnalysis]:
        return [ArticleAnalysis(article=a) for a in articles]


def test_wirewatch_run_reads_every_format_and_rejects_an_unreadable_file_by_name(
    tmp_path: Path,
) -> None:
    shutil.copytree(FORMATS, tmp_path / "feed")
    (tmp_path / "feed" / "zz-broken.json").write_text("[{")
    pipeline = EmbeddedPipeline(StandIn(), Settings(nlp_batch_size=2))
    results = [o.result for o in pipeline.run(read_feed(tmp_path / "feed", on_error=None))]
    assert len(results) == count_lines(tmp_path / "feed") == 10
    processed = {r["id"] for r in results if r["status"] == "processed"}
    assert {"sd-77", "native-5", "urn:example:atom-desk:entry-9"} <= processed
    assert "https://wire.example.net/a/2" in processed
    broken = results[-1]
    assert broken["status"] == "rejected" and "not a valid JSON document" in broken["reason"]
    assert broken["where"].endswith("zz-broken.json:0")


def test_a_json_lines_file_is_read_line_by_line_whatever_its_first_line(tmp_path: Path) -> None:
    feed = tmp_path / "f.jsonl"
    feed.write_bytes(b'<html>oops</html>\n{"id": "1", "body": "a"}\n')
    lines = list(read_feed(feed, on_error=None))
    assert [(line.data, line.error) for line in lines] == [
        (b"<html>oops</html>", None),
        (b'{"id": "1", "body": "a"}', None),
    ]


def test_a_json_file_holding_json_lines_is_read_line_by_line(tmp_path: Path) -> None:
    feed = tmp_path / "lines.json"
    feed.write_bytes(b'{"id": "1", "body": "a"}\n{"id": "2", "body": "b"}\n{bad\n')
    lines = list(read_feed(feed))
    assert [line.data for line in lines] == feed.read_bytes().splitlines()
    assert [line.line_no for line in lines] == [1, 2, 3]


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>One</p><p>Two &amp; three</p>", "One\n\nTwo & three"),
        ("a<br>b", "a\nb"),
        ("<script>x()</script><div>kept</div>", "kept"),
        ("plain text", "plain text"),
    ],
)
def test_html_text(html: str, text: str) -> None:
    assert html_text(html) == text


def test_iso_time_reads_feed_dates_and_leaves_the_rest_for_validation() -> None:
    assert iso_time("2024-03-01T09:30:00+0000") == "2024-03-01T09:30:00+00:00"
    assert iso_time("Mon, 04 Mar 2024 10:15:00 GMT") == "2024-03-04T10:15:00+00:00"
    assert iso_time("yesterday") == "yesterday"
    assert iso_time(5) == 5
