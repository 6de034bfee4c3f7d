"""crawler.places: the provinces and localities an article's text names."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from crawler.places import fold_keep, places
from crawler.samples import _seed

FIXTURES = Path(__file__).parent / "fixtures"


def provinces(text: str, **kw: str) -> list[str]:
    return places(text, "", "", **kw)["provinces"]


def seed_body() -> str:
    return "\n\n".join([_seed.LEAD, *_seed.PARAGRAPHS])


# --- the seed ------------------------------------------------------------------------------------


@pytest.mark.parametrize("site_province", [None, "Tiền Giang", "Đồng Tháp", "Cần Thơ"])
def test_seed_is_about_cai_lay_in_dong_thap_though_it_never_names_the_province(site_province: str | None) -> None:
    got = places(_seed.TITLE, "", seed_body(), site_province=site_province)
    assert got["provinces"] == ["Đồng Tháp"]
    assert {"name": "Cai Lậy", "province": "Đồng Tháp", "kind": "thị xã"} in got["localities"]
    assert [loc["name"] for loc in got["localities"]] == ["Cai Lậy"]


def test_seed_fixtures_of_both_sites() -> None:
    for path in ("tiengiang/cai-lay.json", "baoapbac/cai-lay.json"):
        item = json.loads((FIXTURES / path).read_text(encoding="utf-8"))["expected"]
        got = places(item["title"], item["sapo"], item["body"], site_province=item["province"])
        assert got["provinces"] == ["Đồng Tháp"]
        assert got["localities"][0]["name"] == "Cai Lậy"


# --- provinces: current and former names ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nông dân Tiền Giang trúng mùa", ["Đồng Tháp"]),
        ("Khu công nghiệp tỉnh Bình Dương thu hút vốn", ["Hồ Chí Minh"]),
        ("Giá nhà ở TP.HCM tăng", ["Hồ Chí Minh"]),
        ("Giá nhà ở TP. HCM tăng", ["Hồ Chí Minh"]),
        ("Giá nhà ở TPHCM tăng", ["Hồ Chí Minh"]),
        ("UBND TP Hồ Chí Minh họp", ["Hồ Chí Minh"]),
        ("Thành phố Hồ Chí Minh mở rộng metro", ["Hồ Chí Minh"]),
        ("Du lịch Sài Gòn hồi phục", ["Hồ Chí Minh"]),
        ("Biển Bà Rịa - Vũng Tàu đông khách", ["Hồ Chí Minh"]),
        ("Thừa Thiên Huế đón khách", ["Huế"]),
        ("Thừa Thiên - Huế đón khách", ["Huế"]),
        ("Festival Huế 2024", ["Huế"]),
        ("Tỉnh Hà Giang có thêm khu du lịch", ["Tuyên Quang"]),
        ("Đắk Nông và Bình Thuận", ["Lâm Đồng"]),
        ("Quảng Nam mưa lớn", ["Đà Nẵng"]),
        ("Bến Tre và Trà Vinh", ["Vĩnh Long"]),
        ("Kiên Giang, Bạc Liêu, Sóc Trăng", ["An Giang", "Cà Mau", "Cần Thơ"]),
        ("tỉnh Hòa Bình cũ", ["Phú Thọ"]),
        ("Hà Nam Ninh là tỉnh cũ", ["Ninh Bình"]),
        ("tỉnh Hà Nam và Nam Định", ["Ninh Bình"]),
        ("Hưng Yên và Thái Bình", ["Hưng Yên"]),
        ("Yên Bái, Bắc Kạn, Bắc Giang", ["Lào Cai", "Thái Nguyên", "Bắc Ninh"]),
        ("Long An", ["Tây Ninh"]),
        # case- and diacritics-insensitive, canonical output
        ("NÔNG DÂN TIỀN GIANG TRÚNG MÙA", ["Đồng Tháp"]),
        ("nong dan tien giang trung mua", ["Đồng Tháp"]),
        ("Thanh Hoá và Khánh Hoà", ["Thanh Hóa", "Khánh Hòa"]),
        ("Đăk Lăk", ["Đắk Lắk"]),
    ],
)
def test_former_and_current_names(text: str, expected: list[str]) -> None:
    assert provinces(text) == expected


# --- negatives: ordinary words, parts of other names, people ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nam và Giang cùng đi học",  # "Nam", "Giang" alone are not provinces
        "Vì hòa bình và hữu nghị",  # hòa bình = peace
        "Hội nghị Vì Hòa Bình của thanh niên",  # Hòa Bình only with a marker
        "Chiến dịch bình định nông thôn",  # lower case: a verb
        "Tàu cá ra khơi trên Thái Bình Dương",  # the Pacific, not Thái Bình nor Bình Dương
        "Kỷ niệm chiến thắng Điện Biên Phủ",
        "Vùng Đồng Tháp Mười mùa nước nổi",
        "Học tập và làm theo tư tưởng Hồ Chí Minh",  # the President
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "Phó Thủ tướng Thường trực Nguyễn Hòa Bình chủ trì hội nghị",  # a person
        "Bà Lê Thị Huế, ngụ ấp 3, cho biết",
        "Chị Huế bán hàng ở chợ",
        "Anh Thái Bình là nông dân giỏi",
        "Ông Nguyễn Thái Bình phát biểu",
        "Quán bún bò Huế trên đường Hà Nội ở quận 3",  # a dish, a street
        "Đi dọc sông Đồng Nai",
        "Phường Long An vừa khánh thành trường",  # a ward (its locality is tagged, see below)
        "Xã hội hóa công tác khuyến học",
        "Các xã, phường đều hoàn thành",
    ],
)
def test_negatives(text: str) -> None:
    assert provinces(text) in ([], ["Tây Ninh"] if "Phường Long An" in text else [])
    if "Phường Long An" in text:
        got = places(text, "", "")
        assert got["localities"] == [{"name": "Long An", "province": "Tây Ninh", "kind": "phường"}]


def test_person_named_like_a_province_decision() -> None:
    # Decided: a capitalised province name with nothing around it counts ("Thái Bình" alone is the
    # province); a family or middle name or a form of address before it makes it a person.
    assert provinces("Nông sản Thái Bình vào siêu thị") == ["Hưng Yên"]
    assert provinces("Chúc mừng Trần Thái Bình") == []
    assert provinces("Cô Hà Giang dạy giỏi") == []


def test_an_giang_is_not_giang_and_kien_giang_is_an_giang() -> None:
    assert provinces("An Giang") == ["An Giang"]
    assert provinces("Kiên Giang") == ["An Giang"]
    assert provinces("Hà Giang") == ["Tuyên Quang"]
    assert provinces("sông Giang") == []


# --- localities ----------------------------------------------------------------------------------------


def test_former_districts_live_on_as_wards() -> None:
    got = places("", "", "Huyện Cái Bè và TP Mỹ Tho ký kết hợp tác; TX. Cai Lậy dự.")
    assert got["provinces"] == ["Đồng Tháp"]
    assert got["localities"] == [
        {"name": "Cái Bè", "province": "Đồng Tháp", "kind": "huyện"},
        {"name": "Mỹ Tho", "province": "Đồng Tháp", "kind": "thành phố"},
        {"name": "Cai Lậy", "province": "Đồng Tháp", "kind": "thị xã"},
    ]


def test_a_locality_needs_its_administrative_word() -> None:
    assert places("", "", "Trái cây Cái Bè được mùa")["localities"] == []
    assert places("", "", "Trái cây huyện Cái Bè được mùa")["localities"][0]["name"] == "Cái Bè"


def test_ambiguous_locality_needs_the_province() -> None:
    text = "Người dân xã Tân Phú góp tiền làm đường"  # Tân Phú: communes in six provinces
    assert places("", "", text) == {"provinces": [], "localities": []}
    with_province = places("", "", text + " của tỉnh Đồng Nai")
    assert with_province["provinces"] == ["Đồng Nai"]
    assert with_province["localities"] == [{"name": "Tân Phú", "province": "Đồng Nai", "kind": "xã"}]
    # the site's province settles it (and the locality's province is then named by the text)
    by_site = places("", "", text, site_province="Đồng Nai")
    assert by_site["localities"] == [{"name": "Tân Phú", "province": "Đồng Nai", "kind": "xã"}]
    assert by_site["provinces"] == ["Đồng Nai"]
    # ... a former name of the site's province too
    assert places("", "", "Xã Tân Phú Đông ra quân", site_province="Tiền Giang")["localities"] == [
        {"name": "Tân Phú Đông", "province": "Đồng Tháp", "kind": "xã"}]
    # an unambiguous locality of the same text places the ambiguous one
    got = places("", "", "Huyện Cái Bè hỗ trợ xã Tân Phú")
    assert {"name": "Tân Phú", "province": "Đồng Tháp", "kind": "xã"} in got["localities"]


def test_kind_settles_ward_or_commune() -> None:
    # Hội An: a ward in Đà Nẵng, a commune in An Giang
    assert places("", "", "phường Hội An")["localities"] == [{"name": "Hội An", "province": "Đà Nẵng", "kind": "phường"}]
    assert places("", "", "xã Hội An")["localities"] == [{"name": "Hội An", "province": "An Giang", "kind": "xã"}]


def test_site_province_is_not_added_by_itself() -> None:
    text = "Hà Nội tổ chức lễ hội áo dài"
    assert places(text, "", "", site_province="Cần Thơ")["provinces"] == ["Hà Nội"]
    assert places("Thời tiết hôm nay", "", "Trời nắng nhẹ.", site_province="Cần Thơ") == {"provinces": [], "localities": []}


def test_longer_ward_name_is_not_cut() -> None:
    got = places("", "", "Xã Tân Phú Đông tổ chức hội thi; tỉnh Đồng Tháp")
    assert got["localities"] == [{"name": "Tân Phú Đông", "province": "Đồng Tháp", "kind": "xã"}]


def test_city_of_a_province_is_the_province() -> None:
    got = places("", "", "UBND TP Cần Thơ và thành phố Huế")
    assert got == {"provinces": ["Cần Thơ", "Huế"], "localities": []}


def test_dalat_survives_in_ward_names() -> None:
    got = places("", "", "Du khách đến TP Đà Lạt")
    assert got["localities"] == [{"name": "Đà Lạt", "province": "Lâm Đồng", "kind": "thành phố"}]


# --- ranking --------------------------------------------------------------------------------------------


def test_most_mentioned_first_ties_by_first_mention() -> None:
    title = "Hà Nội và Cần Thơ ký kết hợp tác"
    body = ("Đoàn công tác TP Cần Thơ làm việc tại Hà Nội. Cần Thơ đề nghị hỗ trợ. "
            "Nông sản Tiền Giang và Đồng Tháp cũng được giới thiệu; thị xã Cai Lậy tham gia.")
    got = places(title, "", body)
    # Cần Thơ 3, Đồng Tháp 3 (Tiền Giang, Đồng Tháp, Cai Lậy: a tie, Cần Thơ named first), Hà Nội 2
    assert got["provinces"] == ["Cần Thơ", "Đồng Tháp", "Hà Nội"]
    got = places(title, "", body + " Xã Mỹ Thọ cũng vậy.")  # a fourth mention of Đồng Tháp
    assert got["provinces"] == ["Đồng Tháp", "Cần Thơ", "Hà Nội"]


def test_real_article_with_a_person_named_hoa_binh() -> None:
    item = json.loads((FIXTURES / "baocantho" / "article.json").read_text(encoding="utf-8"))["expected"]
    got = places(item["title"], item["sapo"], item["body"], site_province=item["province"])
    assert got["provinces"][0] == "Cần Thơ"
    assert "Phú Thọ" not in got["provinces"]  # "Nguyễn Hòa Bình", not the former Hòa Bình province


def test_result_shape_and_empty_input() -> None:
    assert places("", "", "") == {"provinces": [], "localities": []}
    got = places("Tiền Giang", "", "")
    assert set(got) == {"provinces", "localities"}


def test_fold_keep_keeps_offsets() -> None:
    text = "Thị xã Cai Lậy, ĐỒNG THÁP – “Tiền Giang”"
    folded = fold_keep(text)
    assert len(folded) == len(text)
    assert folded == "thi xa cai lay, dong thap – “tien giang”"


# --- speed (smoke: no timing assertion) --------------------------------------------------------------------


def test_speed_smoke() -> None:
    body = (seed_body() + "\n\n") * 2
    body = body[:5000]
    places(_seed.TITLE, "", body)  # tables built
    n = 100
    start = time.perf_counter()
    for _ in range(n):
        got = places(_seed.TITLE, "", body)
    per_call = (time.perf_counter() - start) / n
    assert got["provinces"] == ["Đồng Tháp"]
    print(f"places(): {per_call * 1e6:.0f} µs for {len(body)} characters")
