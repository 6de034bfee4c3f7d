"""What each sample portal is about: its sections, places, reporters and URL id offsets.

Pure data. A section's listing holds the articles whose id is congruent to the section's index
modulo the number of sections; a sub-section splits its section the same way (see ``Listing``), so
every listing page is computed arithmetically.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["PROFILES", "Place", "Profile", "Section", "Sub"]


@dataclass(frozen=True)
class Sub:
    key: str  #: URL segment
    name: str  #: as printed in the breadcrumb
    topics: tuple[str, ...] = ()  #: overrides the section's topics when set


@dataclass(frozen=True)
class Section:
    key: str
    name: str
    topics: tuple[str, ...]
    subs: tuple[Sub, ...] = ()


@dataclass(frozen=True)
class Place:
    place: str  #: inside a sentence: "xã Cái Bè"
    prov: str  #: "tỉnh Đồng Tháp"
    region: str  #: key of bank.REGIONS


@dataclass(frozen=True)
class Profile:
    site: str
    sections: tuple[Section, ...]
    places: tuple[Place, ...]
    reporters: tuple[str, ...]
    id_base: int  #: the id printed in article URLs is id_base + article id
    #: menu entries that lead to (empty) listings: realistic links a spider must not take for articles
    menu_extra: tuple[tuple[str, str], ...] = ()


GENERAL = ("hoi_nghi", "giao_thong", "y_te", "giao_duc", "an_sinh", "an_ninh", "chuyen_doi_so")
ECONOMY = ("nong_nghiep", "kinh_te", "nong_thon_moi", "chuyen_doi_so", "van_hoa")
DEFENCE = ("quoc_phong", "an_ninh")


def _places(prov: str, region: str, names: str) -> tuple[Place, ...]:
    return tuple(Place(n.strip(), prov, region) for n in names.split(";"))


_TIEN_GIANG = _places(
    "tỉnh Đồng Tháp",
    "mekong",
    "phường Mỹ Tho; phường Gò Công; phường Cai Lậy; xã Cái Bè; xã Chợ Gạo; xã Tân Phước 1; xã Châu Thành;"
    "xã Gò Công Đông; xã Tân Phú Đông; xã Mỹ Phước Tây",
)

PROFILES: dict[str, Profile] = {
    "baocantho": Profile(
        site="baocantho",
        sections=(
            Section("thoi-su", "THỜI SỰ", GENERAL, (
                Sub("can-tho", "Cần Thơ"), Sub("dbscl", "Đồng bằng sông Cửu Long"), Sub("trong-nuoc", "Trong nước"),
            )),
            Section("kinh-te", "KINH TẾ", ECONOMY, (
                Sub("nong-nghiep", "Nông nghiệp"), Sub("doanh-nghiep", "Doanh nghiệp"), Sub("dau-tu", "Đầu tư"),
            )),
        ),
        places=_places(
            "TP Cần Thơ",
            "mekong",
            "phường Ninh Kiều; phường Cái Răng; phường Bình Thủy; phường Ô Môn; phường Thốt Nốt; xã Phong Điền;"
            "xã Cờ Đỏ; xã Vĩnh Thạnh; xã Thới Lai; phường Vị Thanh; phường Sóc Trăng; xã Hòa An",
        ),
        reporters=("P.Y", "Mỹ Thanh", "Khánh Trung", "Duy Khôi", "Ngọc Thiện", "Thanh Nhàn", "Hà Văn", "Thu Sương"),
        id_base=196000,
        menu_extra=(("chinh-tri", "CHÍNH TRỊ"), ("van-hoa", "VĂN HÓA"), ("the-thao", "THỂ THAO")),
    ),
    "baolaocai": Profile(
        site="baolaocai",
        sections=(
            Section("thoi-su", "Thời sự", GENERAL + ("quoc_phong",)),
            Section("kinh-te", "Kinh tế", ECONOMY),
        ),
        places=_places(
            "tỉnh Lào Cai",
            "mountain",
            "phường Lào Cai; phường Cam Đường; phường Sa Pa; xã Bát Xát; xã Bảo Thắng; xã Bắc Hà; xã Si Ma Cai;"
            "xã Mường Khương; phường Nghĩa Lộ; xã Mù Cang Chải; xã Trạm Tấu; phường Yên Bái; xã Lục Yên",
        ),
        reporters=("Anh Dũng", "Thanh Ba", "Hồng Duyên", "Minh Hải", "Quang Thành", "Lê Nam", "Thu Thảo"),
        id_base=404000,
        menu_extra=(("chinh-tri", "Chính trị"), ("xa-hoi", "Xã hội"), ("review-lao-cai", "Review Lào Cai")),
    ),
    "vnexpress": Profile(
        site="vnexpress",
        sections=(
            Section("thoi-su", "Thời sự", GENERAL + ECONOMY, (
                Sub("chinh-tri", "Chính trị", ("hoi_nghi", "chuyen_doi_so", "quoc_phong")),
                Sub("dan-sinh", "Dân sinh", ("an_sinh", "y_te", "giao_duc", "nong_thon_moi")),
                Sub("giao-thong", "Giao thông", ("giao_thong",)),
                Sub("viec-lam", "Việc làm", ("kinh_te", "nong_nghiep", "van_hoa")),
            )),
        ),
        places=(
            Place("phường Cầu Giấy", "Hà Nội", "mountain"),
            Place("phường Sài Gòn", "TP HCM", "mekong"),
            Place("phường Hải Châu", "Đà Nẵng", "mekong"),
            Place("xã Diễn Châu", "Nghệ An", "mountain"),
            Place("phường Hạ Long", "Quảng Ninh", "mountain"),
            Place("phường Ninh Kiều", "Cần Thơ", "mekong"),
            Place("phường Nha Trang", "Khánh Hòa", "mekong"),
            Place("phường Sa Pa", "Lào Cai", "mountain"),
        ),
        reporters=("Lê Phương", "Gia Chính", "Võ Thạnh", "Đắc Thành", "Thu Hằng", "Hoàng Táo", "Ngọc Ngân"),
        id_base=4950000,
        menu_extra=(("the-gioi", "Thế giới"), ("kinh-doanh", "Kinh doanh"), ("suc-khoe", "Sức khỏe")),
    ),
    "tiengiang": Profile(
        site="tiengiang",
        sections=(
            Section("tin-tuc-su-kien", "Tin tức - Sự kiện", GENERAL, (
                Sub("chinh-tri", "Chính trị", ("hoi_nghi", "chuyen_doi_so")),
                Sub("quoc-phong-an-ninh", "Quốc phòng - An ninh", DEFENCE),
                Sub("kinh-te", "Kinh tế", ("nong_nghiep", "kinh_te", "nong_thon_moi")),
                Sub("van-hoa-xa-hoi", "Văn hóa - Xã hội", ("y_te", "giao_duc", "an_sinh", "van_hoa")),
            )),
        ),
        places=_TIEN_GIANG,
        reporters=("Mai Phương", "Thanh Hương", "Kim Ngân", "Minh Trí", "Hữu Phước", "Diễm Trinh"),
        id_base=51373162,
        menu_extra=(("gioi-thieu", "Giới thiệu"), ("chi-dao-dieu-hanh", "Chỉ đạo - Điều hành"), ("van-ban", "Văn bản")),
    ),
    "baoapbac": Profile(
        site="baoapbac",
        sections=(
            Section("thoi-su", "Thời sự", GENERAL + ECONOMY),
            Section("quoc-phong-an-ninh", "Quốc phòng - An ninh", DEFENCE),
        ),
        places=_TIEN_GIANG,
        reporters=("Hữu Chí", "Ngọc Lệ", "Thủy Tiên", "Văn Đẹp", "Đoàn Phú", "Mai Phương"),
        id_base=1012344,
        menu_extra=(("chinh-tri", "Chính trị"), ("kinh-te", "Kinh tế"), ("xa-hoi", "Xã hội"), ("van-hoa", "Văn hóa")),
    ),
    "baohaiphong": Profile(
        site="baohaiphong",
        sections=(
            Section("thoi-su", "Thời sự", GENERAL + ("quoc_phong",)),
            Section("kinh-te", "Kinh tế", ECONOMY),
        ),
        places=_places(
            "TP Hải Phòng",
            "mekong",
            "phường Hồng Bàng; phường Lê Chân; phường Ngô Quyền; phường Kiến An; phường Thủy Nguyên;"
            "xã Tiên Lãng; xã Vĩnh Bảo",
        ),
        reporters=("Hoàng Phong", "Minh Thu", "Đức Anh", "Hoài Thu", "Quang An", "Thanh Tùng", "Ngọc Hà"),
        id_base=528000,
        menu_extra=(("chinh-tri", "Chính trị"), ("giao-duc", "Giáo dục"), ("xa-hoi", "Xã hội")),
    ),
    "baothanhhoa": Profile(
        site="baothanhhoa",
        sections=(
            Section("thoi-su", "Thời sự", GENERAL + ("quoc_phong",)),
            Section("kinh-te", "Kinh tế", ECONOMY),
        ),
        places=_places(
            "tỉnh Thanh Hóa",
            "mountain",
            "phường Hạc Thành; phường Sầm Sơn; phường Bỉm Sơn; xã Thọ Xuân; xã Hoằng Hóa",
        ),
        reporters=("Minh Hiếu", "Lê Hà", "Phong Sắc", "Tùng Lâm", "Hoàng Đông", "Quốc Toản", "Ngọc Huấn"),
        id_base=271000,
        menu_extra=(("van-hoa", "Văn hóa"), ("the-thao", "Thể thao"), ("phap-luat", "Pháp luật")),
    ),
    "baodongnai": Profile(
        site="baodongnai",
        sections=(
            Section("thoi-su", "Thời sự", GENERAL + ("quoc_phong",), (
                Sub("chinh-tri", "Chính trị", ("hoi_nghi", "chuyen_doi_so", "quoc_phong")),
                Sub("xa-hoi", "Xã hội", ("giao_thong", "y_te", "giao_duc", "an_sinh", "an_ninh")),
            )),
            Section("kinh-te", "Kinh tế", ECONOMY, (
                Sub("nong-nghiep", "Nông nghiệp", ("nong_nghiep", "nong_thon_moi")),
                Sub("dau-tu", "Đầu tư", ("kinh_te", "chuyen_doi_so", "van_hoa")),
            )),
        ),
        places=_places(
            "tỉnh Đồng Nai",
            "mekong",
            "phường Biên Hòa; phường Long Khánh; phường Trảng Dài; phường Bình Phước; xã Định Quán; xã Tân Phú",
        ),
        reporters=("Hoàng Lộc", "Phương Liễu", "Hải Quân", "Văn Gia", "Ly Na", "Khánh Minh", "Huy Anh"),
        id_base=731000,
        menu_extra=(("van-hoa", "Văn hóa"), ("the-thao", "Thể thao"), ("lien-he-quang-cao", "Liên hệ quảng cáo")),
    ),
}
