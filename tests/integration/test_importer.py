"""Importing households and persons from CSV, XLSX and JSON Lines: all rows or none."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from genera_desktop.domain.codice_fiscale import encode, provisional_check_digit
from genera_desktop.domain.errors import Cancelled
from genera_desktop.services import records
from genera_desktop.services.coordination import audit
from genera_desktop.services.coordination.dump import dump_lines
from genera_desktop.services.network.site import set_setting
from genera_desktop.services.registry import importer
from genera_desktop.services.registry.tabular import BadFile, sniff_delimiter
from genera_desktop.store.store import Store

HEADER = ("household_ref,point,municipality,address,phone,first_name,last_name,tax_code,"
          "birth_date,sex")
CF_NICOLO = encode("Rossi", "Nicolò", "M", date(1980, 1, 1), "Montichiari")
CF_ANNA = encode("Bianchi", "Anna", "F", date(1982, 2, 2), "Calcinato")


def dump(store: Store) -> list[str]:
    with store.unit_of_work() as uow:
        return list(dump_lines(uow))


def run(store: Store, path: Path, **kwargs: object) -> importer.ImportResult:
    with store.unit_of_work() as uow:
        result = importer.import_file(uow, path, **kwargs)  # type: ignore[arg-type]
        uow.commit()
    return result


def failure(store: Store, path: Path) -> list[tuple[int, str, str]]:
    """The problems of a refused import, as (line, field, code); the store is unchanged."""
    before = dump(store)
    with pytest.raises(importer.ImportFailed) as info, store.unit_of_work() as uow:
        importer.import_file(uow, path)
        uow.commit()
    assert dump(store) == before
    return [(p.line, p.error.field, p.error.code) for p in info.value.problems]


def records_of(store: Store, kind: str) -> list[dict]:
    return [json.loads(line) for line in dump(store) if json.loads(line)["kind"] == kind]


def write(path: Path, text: str, *, bom: bool = False) -> Path:
    path.write_text(("\ufeff" if bom else "") + text, encoding="utf-8")
    return path


def test_csv_with_bom_and_semicolons_groups_rows_into_households(coordinator: Store,
                                                                 tmp_path: Path) -> None:
    path = write(tmp_path / "famiglie.csv", "\n".join([
        HEADER.replace(",", ";") + ";person_phone;relation",
        f"F1;MON;Montichiari;Via Roma 1;030 1234567;Nicolò;Rossi;{CF_NICOLO};1980-01-01;m;;reference",
        f"F1;mon;;Via Roma 1;;Anna;Bianchi;{CF_ANNA};1982-02-02;F;333 1234567;SPOUSE",
        "F2;CAL;Calcinato;\"Via Verdi 2; int. 3\";;Ștefan;Popescu;;1990-03-03;M;;",
        ";;;;;;;;;;;",  # an empty row, as spreadsheets leave them
    ]) + "\n", bom=True)
    result = run(coordinator, path)
    assert (result.households, result.persons, result.rows) == (2, 3, 3)
    households = {h["address"]: h for h in records_of(coordinator, "household")}
    f1, f2 = households["Via Roma 1"], households["Via Verdi 2; int. 3"]
    assert f1["phone"] == "030 1234567" and f1["point"] == "MON"
    assert f1["municipality"] == "Montichiari" and f2["point"] == "CAL"
    assert f1["case_number"].startswith("MON-") and "registered_on" in f1
    persons = {p["first_name"]: p for p in records_of(coordinator, "person")}
    assert persons["Nicolò"]["household"] == persons["Anna"]["household"] == f1["id"]
    assert "phone" not in persons["Nicolò"]  # the household's phone is not the person's
    assert persons["Anna"]["phone"] == "333 1234567"
    assert persons["Anna"]["relation"] == "spouse" and persons["Nicolò"]["sex"] == "M"
    assert persons["Nicolò"]["tax_code"] == CF_NICOLO
    with coordinator.unit_of_work() as uow:
        entry = audit.entries(uow, action="import")[0]
        assert entry["detail"] == {"file": "famiglie.csv", "households": 2, "persons": 3}
        found = records.find(uow.session, "person", "nicolo")
        assert [p.first_name for p in found] == ["Nicolò"]  # type: ignore[attr-defined]


def test_case_numbers_continue_from_those_held(coordinator: Store, tmp_path: Path) -> None:
    with coordinator.unit_of_work() as uow:
        records.add(uow, "household", {"point": "MON"})
        uow.commit()
    path = write(tmp_path / "a.csv", "household_ref,point,first_name,last_name\n"
                 "1,MON,A,B\n2,MON,C,D\n3,MON,E,F\n")
    run(coordinator, path)
    numbers = sorted(h["case_number"][-4:] for h in records_of(coordinator, "household"))
    assert numbers == ["0001", "0002", "0003", "0004"]


def test_xlsx_dates_numbers_and_codes(coordinator: Store, tmp_path: Path) -> None:
    provisional = "0123456789"
    provisional += provisional_check_digit(provisional)
    book = Workbook()
    sheet = book.active
    sheet.append(["Household ref", "Point", "Phone", "First name", "Last name", "Tax code",
                  "Birth date", "Sex", "Person phone", "Is reference"])
    sheet.append([1, "MON", 3331234567, "Nicolò", "Rossi", CF_NICOLO,
                  datetime(1980, 1, 1), "M", 3339876543.0, "sì"])
    sheet.append([])  # an empty row keeps its number: the next row is line 4
    sheet.append([1.0, "MON", None, "Amira", "Haddad", int(provisional),
                  date(2015, 5, 6), "F", None, "no"])
    book.worksheets.insert(1, book.create_sheet("other"))  # only the first sheet counts
    path = tmp_path / "famiglie.xlsx"
    book.save(path)
    result = run(coordinator, path)
    assert (result.households, result.persons) == (1, 2)
    household = records_of(coordinator, "household")[0]
    assert household["phone"] == "3331234567"
    assert household["import_ref"] == "1"  # the number cell as its text
    persons = {p["first_name"]: p for p in records_of(coordinator, "person")}
    assert persons["Nicolò"]["birth_date"] == "1980-01-01"
    assert persons["Nicolò"]["phone"] == "3339876543"
    assert persons["Nicolò"]["is_reference"] is True
    assert persons["Amira"]["is_reference"] is False
    assert persons["Amira"]["tax_code"] == provisional  # its leading zero put back

    sheet.append([2, "MON", None, "Luca", None, None, "1990-02-30", "M"])
    sheet.append([3, "MON", None, "Ada", "Neri", None, "30/02/1990", "F"])
    book.save(path)
    assert failure(coordinator, path) == [(2, "household_ref", "already_imported"),
                                          (4, "household_ref", "already_imported"),
                                          (5, "birth_date", "date_format"),
                                          (5, "last_name", "required"),
                                          (6, "birth_date", "date_format")]


def test_xlsx_dates_typed_as_text_are_read_the_italian_way(coordinator: Store,
                                                           tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["household_ref", "point", "registered_on", "first_name", "last_name",
                  "birth_date"])
    sheet.append(["f1", "MON", "2/3/2025", "Nicolò", "Rossi", "05/06/2015"])
    sheet.append(["f1", "MON", datetime(2025, 3, 2), "Anna", "Rossi", date(1980, 1, 31)])
    path = tmp_path / "date.xlsx"
    book.save(path)
    run(coordinator, path)
    assert records_of(coordinator, "household")[0]["registered_on"] == "2025-03-02"
    births = {p["first_name"]: p["birth_date"] for p in records_of(coordinator, "person")}
    assert births == {"Nicolò": "2015-06-05", "Anna": "1980-01-31"}


def test_csv_dates_day_first_with_any_separator(coordinator: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "date.csv", "\n".join([
        "household_ref;point;registered_on;first_name;last_name;birth_date",
        "a;MON;01/02/2025;Nicolò;Rossi;3/4/1980",
        "a;MON;;Anna;Rossi;25.12.1990",
        "b;CAL;2025-02-03;Luca;Verdi;09-11-2001",
    ]) + "\n")
    run(coordinator, path)
    households = {h["import_ref"]: h["registered_on"] for h in records_of(coordinator,
                                                                         "household")}
    assert households == {"a": "2025-02-01", "b": "2025-02-03"}
    births = {p["first_name"]: p["birth_date"] for p in records_of(coordinator, "person")}
    assert births == {"Nicolò": "1980-04-03", "Anna": "1990-12-25", "Luca": "2001-11-09"}


def test_impossible_and_ambiguous_dates_are_named(coordinator: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "bad.csv", "\n".join([
        "household_ref,point,registered_on,first_name,last_name,birth_date",
        "a,MON,,Nicolò,Rossi,31/02/1980",
        "b,MON,,Anna,Rossi,03/04/80",
        "c,MON,,Luca,Verdi,12/25/1990",  # month first: no month 25
        "d,MON,2025/02/03,Ada,Neri,",
        "e,MON,1/1/2025,Ugo,Gatti,1.13.2000",
    ]) + "\n")
    before = dump(coordinator)
    with pytest.raises(importer.ImportFailed) as info, coordinator.unit_of_work() as uow:
        importer.import_file(uow, path)
    assert dump(coordinator) == before
    assert [(p.line, p.error.field, p.error.code, p.error.detail, p.error.value)
            for p in info.value.problems] == [
        (2, "birth_date", "date_format", "no such day", "31/02/1980"),
        (3, "birth_date", "date_format", "year not in full", "03/04/80"),
        (4, "birth_date", "date_format", "no such day", "12/25/1990"),
        (5, "registered_on", "date_format", "expected YYYY-MM-DD", "2025/02/03"),
        (6, "birth_date", "date_format", "no such day", "1.13.2000"),
    ]


def test_the_same_file_twice_stores_nothing_the_second_time(coordinator: Store,
                                                            tmp_path: Path) -> None:
    path = write(tmp_path / "famiglie.csv", "\n".join([
        "household_ref,point,first_name,last_name",
        "F1,MON,Nicolò,Rossi",
        "F1,MON,Anna,Rossi",
        "F2,MON,Luca,Verdi",
    ]) + "\n")
    run(coordinator, path)
    held = {h["import_ref"]: h for h in records_of(coordinator, "household")}
    assert set(held) == {"F1", "F2"}
    before = dump(coordinator)
    with pytest.raises(importer.ImportFailed) as info, coordinator.unit_of_work() as uow:
        importer.import_file(uow, path)
    assert dump(coordinator) == before
    problems = info.value.problems
    assert [(p.line, p.error.field, p.error.code, p.error.value) for p in problems] == [
        (2, "household_ref", "already_imported", "F1"),
        (3, "household_ref", "already_imported", "F1"),
        (4, "household_ref", "already_imported", "F2"),
    ]
    assert problems[0].error.detail == f"{held['F1']['id']}, {held['F1']['case_number']}"
    # The same reference at another point is another household; a new one is welcome.
    other = write(tmp_path / "altro.csv", "household_ref,point,first_name,last_name\n"
                  "F1,CAL,Ada,Neri\nF3,MON,Ugo,Gatti\n")
    assert run(coordinator, other).households == 2
    # A deleted import can be imported again (the corrected file, say).
    with coordinator.unit_of_work() as uow:
        records.delete(uow, "household", held["F2"]["id"])
        uow.commit()
    again = write(tmp_path / "f2.csv", "household_ref,point,first_name,last_name\n"
                  "F2,MON,Luca,Verdi\n")
    assert run(coordinator, again).households == 1


def test_a_household_ref_too_long_to_remember_is_refused(coordinator: Store,
                                                        tmp_path: Path) -> None:
    path = write(tmp_path / "long.csv", "household_ref,point,first_name,last_name\n"
                 f"{'x' * 81},MON,Ugo,Gatti\n")
    assert failure(coordinator, path) == [(2, "household_ref", "too_long")]


def test_import_ref_is_not_a_column_of_the_file(coordinator: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "ref.csv", "household_ref,point,first_name,last_name,import_ref\n"
                 "F1,MON,Ugo,Gatti,F9\n")
    with pytest.raises(importer.BadColumns) as info, coordinator.unit_of_work() as uow:
        importer.import_file(uow, path)
    assert info.value.unknown == ["import_ref"]


def test_json_lines_counts_lines_from_one(coordinator: Store, tmp_path: Path) -> None:
    rows = [
        {"household_ref": "a", "point": "CAL", "address": "Via Po 3", "first_name": "Ana",
         "last_name": "Pop", "birth_date": "1970-07-07", "is_reference": True},
        {"household_ref": "a", "first_name": "Ion", "last_name": "Pop", "phone": None},
    ]
    path = write(tmp_path / "rows.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")
    assert run(coordinator, path).persons == 2
    # (another household_ref: "a" was imported above, and would be refused as such)
    bad = [*({**r, "household_ref": "c"} for r in rows),
           {"household_ref": "b", "point": "CAL", "first_name": "X", "last_name": "Y",
            "sex": "X"}]
    path = write(tmp_path / "bad.jsonl", "\n".join(json.dumps(r) for r in bad[:2]) + "\n\n"
                 + json.dumps(bad[2]) + "\n")
    assert failure(coordinator, path) == [(4, "sex", "choice")]


def test_every_kind_of_bad_row_is_named_with_its_line(coordinator: Store, tmp_path: Path) -> None:
    with coordinator.unit_of_work() as uow:
        context = records.add(uow, "housing_context", {"name": "ALER Via Prati"})
        uow.commit()
    path = write(tmp_path / "bad.csv", "\n".join([
        HEADER + ",housing_context,person_email",
        f"h1,MON,,Via Roma 1,030 123456,Nicolò,Rossi,RSSNCL80A01F471X,1980-01-01,M,{context},",
        "h2,ZZZ,,,,Anna,Bianchi,,1982-02-30,F,,",
        ",MON,,,,Luca,Verdi,,,,,",
        "h3,MON,,,12,,Neri,,2990-01-01,Q,,nobody",
        "h4,MON,,,,Ugo,Gatti,,,,00000000-0000-7000-8000-000000000000,",
        f"h5,MON,,,,Eva,Zani,{CF_ANNA},,,,",
        f"h5,MON,,,,Ada,Zani,{CF_ANNA},,,,",
    ]) + "\n")
    assert failure(coordinator, path) == [
        (2, "tax_code", "tax_code"),
        (3, "birth_date", "date_format"),
        (3, "point", "unknown_point"),
        (4, "household_ref", "required"),
        (5, "phone", "phone"),
        (5, "birth_date", "birth_date_range"),
        (5, "sex", "choice"),
        (5, "person_email", "email"),
        (5, "first_name", "required"),
        (6, "housing_context", "unknown_reference"),
        (8, "tax_code", "repeated"),
    ]


def test_rows_of_one_household_that_disagree_name_both_lines(coordinator: Store,
                                                             tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv", "\n".join([
        "household_ref,point,address,first_name,last_name",
        "h1,MON,Via Roma 1,A,B",
        "h2,MON,Via Po 2,C,D",
        "h1,,,E,F",  # empty: says nothing, disagrees with nothing
        "h1,MON,Via Roma 2,G,H",
    ]) + "\n")
    with pytest.raises(importer.ImportFailed) as info, coordinator.unit_of_work() as uow:
        importer.import_file(uow, path)
    (problem,) = info.value.problems
    assert (problem.line, problem.error.field, problem.error.code) == (5, "address", "differs")
    assert problem.error.detail == "2 ('Via Roma 1')" and problem.error.value == "Via Roma 2"
    assert info.value.bad_rows == 1


def test_header_problems_refuse_the_file(coordinator: Store, tmp_path: Path) -> None:
    before = dump(coordinator)
    path = write(tmp_path / "a.csv", "household_ref,point,first_name,soprannome\nh,MON,A,B\n")
    with pytest.raises(importer.BadColumns) as info, coordinator.unit_of_work() as uow:
        importer.import_file(uow, path)
    assert info.value.unknown == ["soprannome"] and info.value.missing == ["last_name"]
    for text, code in (("", "empty"), ("a,a\n1,2\n", "duplicate_column")):
        with pytest.raises(BadFile) as bad, coordinator.unit_of_work() as uow:
            importer.import_file(uow, write(tmp_path / "b.csv", text))
        assert bad.value.code == code
    (tmp_path / "c.csv").write_bytes(b"household_ref,point,first_name,last_name\n"
                                     b"h,MON,Nicol\x81,Rossi\n")  # in no encoding we read
    with pytest.raises(BadFile) as bad, coordinator.unit_of_work() as uow:
        importer.import_file(uow, tmp_path / "c.csv")
    assert (bad.value.code, bad.value.line) == ("not_utf8", 2)
    with pytest.raises(BadFile) as bad, coordinator.unit_of_work() as uow:
        importer.import_file(uow, write(tmp_path / "d.jsonl", '{"a": 1}\n{oops\n'))
    assert (bad.value.code, bad.value.line) == ("bad_json", 2)
    for name, text, code in (("e.csv", "household_ref,point,first_name,last_name\n", "empty"),
                             ("f.xls", "", "unknown_format"),
                             ("g.csv", "a,b\n1,2,3\n", "extra_cells")):
        with pytest.raises(BadFile) as bad, coordinator.unit_of_work() as uow:
            importer.import_file(uow, write(tmp_path / name, text))
        assert bad.value.code == code
    assert dump(coordinator) == before


def test_a_point_site_imports_only_its_own_households(coordinator: Store, tmp_path: Path) -> None:
    with coordinator.unit_of_work() as uow:  # as `network join` leaves a point site
        set_setting(uow.session, "role", "point")
        set_setting(uow.session, "point_code", "MON")
        uow.commit()
    path = write(tmp_path / "a.csv", "household_ref,point,first_name,last_name\n"
                 "1,MON,A,B\n2,CAL,C,D\n")
    assert failure(coordinator, path) == [(3, "point", "out_of_scope")]
    write(path, "household_ref,point,first_name,last_name\n1,MON,A,B\n")
    assert run(coordinator, path).households == 1


def test_a_quoted_cell_over_two_lines_is_one_spreadsheet_row(coordinator: Store,
                                                             tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv", 'household_ref,point,notes,first_name,last_name\n'
                 '1,MON,"primo piano\nscala B",A,B\n2,MON,,,D\n')
    assert failure(coordinator, path) == [(3, "first_name", "required")]


def test_cancel_stores_nothing(coordinator: Store, tmp_path: Path) -> None:
    before = dump(coordinator)
    lines = [f"{i},MON,Nome{i},Cognome{i}" for i in range(1200)]
    path = write(tmp_path / "a.csv", "household_ref,point,first_name,last_name\n"
                 + "\n".join(lines) + "\n")
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return False

    with pytest.raises(Cancelled), coordinator.unit_of_work() as uow:
        importer.import_file(uow, path, progress=progress)
        uow.commit()
    assert seen and seen[0][1] == 1200
    assert dump(coordinator) == before


def test_delimiter_sniffing() -> None:
    assert sniff_delimiter("a;b;c") == ";"
    assert sniff_delimiter("a,b,c") == ","
    assert sniff_delimiter('"a;x",b,c') == ","
    assert sniff_delimiter("a\tb") == "\t"


def saved_formula_values(path: Path, values: dict[str, str]) -> None:
    """Give formula cells of the first sheet a saved text value, as a spreadsheet program
    does when it saves (openpyxl writes formulas without one)."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    xml = members["xl/worksheets/sheet1.xml"].decode()
    for ref, value in values.items():
        xml, n = re.subn(rf'<c r="{ref}"([^>]*)><f>([^<]*)</f><v\s*/?>(?:</v>)?</c>',
                         rf'<c r="{ref}"\1 t="str"><f>\2</f><v>{value}</v></c>', xml)
        assert n == 1, xml
    members["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def test_xlsx_formulas_are_read_by_their_saved_value(coordinator: Store, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["household_ref", "point", "address", "first_name", "last_name"])
    sheet.append(["F1", "MON", '="Via "&"Roma 1"', "Nicolò", "=UPPER(\"rossi\")"])
    path = tmp_path / "formule.xlsx"
    book.save(path)
    saved_formula_values(path, {"C2": "Via Roma 1", "E2": "ROSSI"})
    assert run(coordinator, path).households == 1
    assert records_of(coordinator, "household")[0]["address"] == "Via Roma 1"
    assert records_of(coordinator, "person")[0]["last_name"] == "ROSSI"


def test_an_xlsx_formula_without_a_saved_value_is_an_error(coordinator: Store,
                                                           tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["household_ref", "point", "first_name", "last_name", "birth_date"])
    sheet.append(["F1", "MON", "Nicolò", "Rossi", "=DATE(1972,1,2)"])
    sheet.append(["F2", "MON", "=A2", "Bianchi", None])
    sheet.append(["F3", "MON", "Anna", "Neri", "1980-01-01"])
    path = tmp_path / "formule.xlsx"
    book.save(path)  # as a program that never computes its formulas leaves them
    assert failure(coordinator, path) == [(2, "birth_date", "formula_without_value"),
                                          (3, "first_name", "formula_without_value")]


def test_a_windows_1252_semicolon_csv_from_excel_is_read(coordinator: Store,
                                                         tmp_path: Path) -> None:
    """What Excel on an Italian PC saves as "CSV (separato da punto e virgola)"."""
    text = ("household_ref;point;address;first_name;last_name;birth_date\r\n"
            "F1;MON;Via dell'Università 3;Nicolò;Rossi;01/01/1980\r\n"
            "F1;MON;Via dell'Università 3;Zoë;Bianchi;02/02/1982\r\n")
    path = tmp_path / "excel.csv"
    path.write_bytes(text.encode("cp1252"))
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")  # it really is not UTF-8
    result = run(coordinator, path)
    assert (result.households, result.persons) == (1, 2)
    assert records_of(coordinator, "household")[0]["address"] == "Via dell'Università 3"
    assert {p["first_name"] for p in records_of(coordinator, "person")} == {"Nicolò", "Zoë"}


@pytest.mark.parametrize(("encoding", "separator"), [
    ("utf-8", ","), ("utf-8-sig", ";"), ("cp1252", "\t"), ("utf-16", "\t")])
def test_encodings_and_separators_are_detected(coordinator: Store, tmp_path: Path,
                                               encoding: str, separator: str) -> None:
    rows = [["household_ref", "point", "first_name", "last_name"],
            ["1", "MON", "Nicolò", "D'Annunzio"]]
    path = tmp_path / "a.csv"
    path.write_bytes("\r\n".join(separator.join(r) for r in rows).encode(encoding))
    assert run(coordinator, path).persons == 1
    assert records_of(coordinator, "person")[0]["first_name"] == "Nicolò"


ITALIAN = ("Rif. nucleo;PUNTO;Comune;Indirizzo;Telefono;Nome;Cognome;Codice Fiscale;"
           "Data di nascita;Sesso;Cellulare;Punto di comunità\n")


def test_italian_headings_are_read_whatever_their_case_and_accents(coordinator: Store,
                                                                   tmp_path: Path) -> None:
    header = ("Rif. nucleo;PUNTO;comune;Indirizzo;Telefono;Nome;Cognome;Codice Fiscale;"
              "Data di Nascita;Sesso;Cellulare")
    path = write(tmp_path / "italiano.csv", "\n".join([
        header,
        f"F1;MON;Montichiari;Via Roma 1;030 1234567;Nicolò;Rossi;{CF_NICOLO};01/01/1980;M;"
        "333 1234567",
        f"F1;MON;Montichiari;Via Roma 1;;Anna;Bianchi;{CF_ANNA};02/02/1982;F;",
    ]) + "\n")
    headings = importer.read_headings(path)
    assert [(h.text, h.column) for h in headings] == [
        ("Rif. nucleo", "household_ref"), ("PUNTO", "point"), ("comune", "municipality"),
        ("Indirizzo", "address"), ("Telefono", "phone"), ("Nome", "first_name"),
        ("Cognome", "last_name"), ("Codice Fiscale", "tax_code"),
        ("Data di Nascita", "birth_date"), ("Sesso", "sex"), ("Cellulare", "person_phone")]
    assert importer.missing_columns(headings) == []
    result = run(coordinator, path)
    assert (result.households, result.persons) == (1, 2)
    household = records_of(coordinator, "household")[0]
    assert (household["point"], household["address"], household["phone"]) == \
        ("MON", "Via Roma 1", "030 1234567")
    persons = {p["last_name"]: p for p in records_of(coordinator, "person")}
    assert persons["Rossi"]["birth_date"] == "1980-01-01"
    assert persons["Rossi"]["phone"] == "333 1234567"
    assert persons["Bianchi"]["tax_code"] == CF_ANNA


def test_two_headings_for_one_column_and_unknown_ones_are_named(coordinator: Store,
                                                                tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv", ITALIAN + "F1;MON;;;;A;B;;;;;MON\n")
    with pytest.raises(BadFile) as bad:
        importer.read_headings(path)
    assert (bad.value.code, bad.value.detail) == ("duplicate_column", "PUNTO / Punto di comunità")
    with pytest.raises(BadFile), coordinator.unit_of_work() as uow:
        importer.import_file(uow, path)
    path = write(tmp_path / "b.csv", "Nucleo;Cognome;Soprannome\nF1;Rossi;Nico\n")
    headings = importer.read_headings(path)
    assert [h.column for h in headings] == ["household_ref", "last_name", None]
    assert importer.missing_columns(headings) == ["point", "first_name"]


def test_xlsx_and_json_lines_headings(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["Nucleo", "Punto", "Nome", "Cognome", None])
    book.save(tmp_path / "a.xlsx")
    assert [h.column for h in importer.read_headings(tmp_path / "a.xlsx")] == \
        ["household_ref", "point", "first_name", "last_name"]
    write(tmp_path / "a.jsonl", '{"nucleo": 1, "punto": "MON"}\n{"nome": "A", "cognome": "B"}\n')
    assert [h.column for h in importer.read_headings(tmp_path / "a.jsonl")] == \
        ["household_ref", "point", "first_name", "last_name"]
