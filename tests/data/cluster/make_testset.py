"""Build tests/data/cluster/testset.json: republished stories and hard negatives for crawler.cluster.

    .venv/bin/python tests/data/cluster/make_testset.py      # rewrites testset.json (deterministic)

What it holds (every article: key = canonical_url, story = the true story, site, title, sapo, body,
published_at, variant = how it was made):

- real stories: the Cai Lậy seed as tiengiang.gov.vn published it and as baoapbac.vn republished it
  (the two modelled fixtures), and the captured baocantho, baolaocai and vnexpress articles;
- a hand-written hard negative of the seed: the same kind of conference ("tổng kết công tác quân sự,
  quốc phòng địa phương năm 2023") in huyện Cái Bè, written on the same template, with other people
  and figures;
- generated stories: the topic sentences of crawler/samples/bank.py (shared boilerplate: two stories
  of a topic share several of them, with other figures and places) mixed with story-specific
  sentences (people, hamlets and communes of the story's province from the vietnam-provinces data,
  quotes, figures);
- twins: for two stories in five, a different event on the same template (same topic, same title and
  lead pattern) in another commune, with other people and figures, sharing about half of the
  boilerplate sentences ("half" twins) or every sentence's template ("full" twins: the boilerplate
  refilled with the other commune and its figures, the specific sentences written anew): the hard
  negatives of "different stories on the same topic";
- republications of most stories on other sites, each made by one to three of: retitled, trimmed
  (first 60-80 % of the paragraphs), new lead sentence, new byline line, dateline "(BĐT) - " added,
  paragraphs lightly edited (up to two word substitutions a sentence, a sentence dropped in some
  paragraphs, two paragraphs merged, the date rewritten), lead moved
  between sapo and body. A republication is published 40 minutes to 3 days after the original.
"""

from __future__ import annotations

import json
import math
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from crawler.provinces import fold
from crawler.samples.bank import GENERIC_SENTENCES, LOCAL_ORGS, REGIONS, TOPICS

OUT = Path(__file__).with_name("testset.json")
VN = timezone(timedelta(hours=7))
N_STORIES = 64
TWIN_EVERY = 5

# --- places and sites -----------------------------------------------------------------------------------

#: current province → (as written in a sentence, region, sites that publish about it)
PROVINCES = {
    "Đồng Tháp": ("tỉnh Đồng Tháp", "mekong", ("dongthap.gov.vn", "baodongthap.vn", "baoapbac.vn")),
    "Cần Thơ": ("TP Cần Thơ", "mekong", ("baocantho.com.vn", "cantho.gov.vn")),
    "Vĩnh Long": ("tỉnh Vĩnh Long", "mekong", ("baovinhlong.com.vn", "vinhlong.gov.vn", "baodongkhoi.vn")),
    "An Giang": ("tỉnh An Giang", "mekong", ("baoangiang.com.vn", "angiang.gov.vn")),
    "Cà Mau": ("tỉnh Cà Mau", "mekong", ("baocamau.vn", "camau.gov.vn")),
    "Tây Ninh": ("tỉnh Tây Ninh", "mekong", ("baotayninh.vn", "baolongan.vn")),
    "Lào Cai": ("tỉnh Lào Cai", "mountain", ("baolaocai.vn", "laocai.gov.vn")),
    "Tuyên Quang": ("tỉnh Tuyên Quang", "mountain", ("baotuyenquang.com.vn", "tuyenquang.gov.vn")),
    "Phú Thọ": ("tỉnh Phú Thọ", "mountain", ("baophutho.vn", "phutho.gov.vn")),
    "Thái Nguyên": ("tỉnh Thái Nguyên", "mountain", ("baothainguyen.vn", "thainguyen.gov.vn")),
    "Sơn La": ("tỉnh Sơn La", "mountain", ("baosonla.vn", "sonla.gov.vn")),
    "Cao Bằng": ("tỉnh Cao Bằng", "mountain", ("baocaobang.vn", "caobang.gov.vn")),
}
NATIONAL = ("baodauthau.vn", "vietnamplus.vn", "dangcongsan.vn", "nhandan.vn")
DATELINES = {
    "baodauthau.vn": "(BĐT) - ", "baocantho.com.vn": "(CTO) - ", "baodongthap.vn": "ĐTO - ",
    "baoapbac.vn": "(ABO) - ", "vietnamplus.vn": "(TTXVN) - ", "dangcongsan.vn": "(ĐCSVN) - ",
    "nhandan.vn": "(NDO) - ", "baolaocai.vn": "(BLC) - ", "baovinhlong.com.vn": "(VLO) - ",
    "baocamau.vn": "(CMO) - ", "baophutho.vn": "(BPT) - ",
}
REPORTERS = ("Hữu Chí", "Ngọc Lệ", "Thanh Hương", "Minh Trí", "Duy Khôi", "Thu Sương", "Quang Thành",
             "Hồng Duyên", "Lê Nam", "Kim Ngân", "Bảo Trân", "Phước Hậu", "Ánh Tuyết", "Văn Đẹp")


def _wards() -> dict[str, list[str]]:
    from vietnam_provinces import Province, Ward

    names = {int(p.code): re.sub(r"^Thành phố\s+", "", p.name) for p in Province.iter_all()}
    out: dict[str, list[str]] = {p: [] for p in PROVINCES}
    for w in Ward.iter_all():
        prov = names[int(w.province_code)]
        if prov in out:
            kind, name = w.name.split(" ", 1)
            if kind in ("Phường", "Xã"):
                out[prov].append(f"{kind.lower()} {' '.join(name.split())}")
    return {p: sorted(v) for p, v in out.items()}


WARDS = _wards()

# --- story-specific sentences ------------------------------------------------------------------------

SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Phan", "Trương", "Đặng", "Bùi", "Đỗ",
            "Ngô", "Dương", "Lý", "Đinh", "Lâm", "Tô")
MIDDLE_M = ("Văn", "Minh", "Hữu", "Quốc", "Thanh", "Đức", "Công", "Hoàng", "Ngọc", "Tấn")
MIDDLE_F = ("Thị", "Ngọc", "Kim", "Thanh", "Thu", "Mỹ", "Bích", "Hồng")
GIVEN_M = ("An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khoa", "Lộc", "Nam", "Phúc", "Quân", "Sơn",
           "Tâm", "Trung", "Tuấn", "Vinh", "Thắng", "Nhân", "Tài", "Hiếu", "Long", "Phong", "Toàn", "Kiệt")
GIVEN_F = ("Lan", "Mai", "Thảo", "Yến", "Hạnh", "Phương", "Trang", "Nhung", "Hoa", "Duyên", "Liên", "Vân",
           "Ngân", "Diễm", "Hà", "Trinh", "Oanh", "Thúy")
HAMLET_NAMES = ("Tân Hòa", "Mỹ Lợi", "Bình Thạnh", "Phú Long", "Hòa Thuận", "An Lạc", "Long Hưng",
                "Tân Thới", "Mỹ Phú", "Thạnh Lợi", "Bình Phú", "Hưng Thạnh", "Phước Hậu", "Tân Quới",
                "Đông Hòa", "Tây Sơn", "Khánh An", "Vĩnh Thuận", "Nà Lừa", "Khuổi Tát", "Bản Mạ",
                "Pác Bó", "Nậm Chầy", "Cốc Phát", "Làng Mới", "Đồng Tâm", "Tiền Phong", "Quyết Thắng")
ROLES = ("Chủ tịch UBND {ward}", "Phó Chủ tịch UBND {ward}", "Bí thư Đảng ủy {ward}",
         "Giám đốc {org}", "Phó Giám đốc {org}", "Trưởng {hamlet_full}", "Chủ tịch Hội Nông dân {ward}",
         "Trưởng Công an {ward}", "Chủ tịch Ủy ban MTTQ Việt Nam {ward}", "Bí thư Đoàn Thanh niên {ward}",
         "Chủ nhiệm Hợp tác xã {coop}", "Trưởng phòng Kinh tế {ward}")
COOPS = ("Tân Tiến", "Thành Công", "Hòa Lợi", "Phú Quý", "Đồng Tiến", "Thắng Lợi", "Hợp Thành", "An Phát")

CLAUSES = (
    "địa phương đã rà soát, lập danh sách {n1} hộ cần hỗ trợ và công khai tại nhà văn hóa {hamlet_full}",
    "nguồn kinh phí được phân bổ kịp thời nên các hạng mục đều bảo đảm tiến độ đề ra",
    "người dân rất đồng tình vì công trình mang lại lợi ích thiết thực cho cả cộng đồng",
    "đơn vị đã phối hợp với các ngành chuyên môn mở {n1} lớp tập huấn cho cán bộ cơ sở",
    "sau {n4} tháng triển khai, phần lớn chỉ tiêu đã đạt và vượt so với kế hoạch",
    "xã sẽ kiến nghị cấp trên hỗ trợ thêm kinh phí để nhân rộng cách làm này ra các ấp lân cận",
    "một số hộ còn tâm lý trông chờ, ỷ lại nên việc vận động gặp không ít khó khăn",
    "toàn bộ hồ sơ đã được số hóa, người dân tra cứu trực tuyến mà không phải đi lại nhiều lần",
    "lực lượng tại chỗ luôn được duy trì thường trực, sẵn sàng xử lý khi có tình huống phát sinh",
    "các nguồn lực được ưu tiên cho vùng sâu, nơi điều kiện đi lại của bà con còn nhiều khó khăn",
    "kết quả kiểm tra cho thấy đa số cơ sở chấp hành tốt quy định, chỉ {n1} trường hợp bị nhắc nhở",
    "việc phân công rõ người, rõ việc, rõ thời gian hoàn thành giúp công tác triển khai thuận lợi hơn",
    "nhiều doanh nghiệp và nhà hảo tâm đã chung tay đóng góp tổng cộng hơn {n2} triệu đồng",
    "thu nhập của các thành viên tham gia mô hình tăng khoảng {p1}% so với trước",
    "mỗi chi bộ, mỗi đoàn thể được giao phụ trách một phần việc cụ thể để theo dõi, đôn đốc",
    "cách làm này được nhiều địa phương trong tỉnh đến học tập, tham quan",
    "hiện còn khoảng {n2} hồ sơ đang được các bộ phận chuyên môn thẩm định, hoàn thiện",
    "bà con được hướng dẫn cụ thể từng bước nên ai cũng nắm được quy trình",
    "ngay sau hội nghị, các tổ công tác sẽ xuống từng ấp, từng hộ để nắm tình hình",
    "địa bàn rộng, dân cư phân tán là trở ngại lớn nhất trong quá trình triển khai",
    "nhờ làm tốt công tác dân vận nên không phát sinh khiếu nại, vướng mắc kéo dài",
    "số tiền hỗ trợ được chuyển thẳng vào tài khoản của từng hộ, bảo đảm công khai, minh bạch",
)
QUOTES = (
    "Trước đây mỗi lần mưa lớn là đường ngập sâu, con cháu đi học rất vất vả, nay thì yên tâm rồi",
    "Chúng tôi mong chính quyền tiếp tục quan tâm, hỗ trợ vốn để bà con mở rộng sản xuất",
    "Được cán bộ hướng dẫn tận tình nên tôi làm thủ tục chỉ mất chưa tới một buổi sáng",
    "Có việc làm ổn định gần nhà, tôi vừa lo được cho con ăn học vừa chăm sóc cha mẹ già",
    "Nghe tin được hỗ trợ, cả nhà ai cũng mừng, coi như có thêm động lực để làm ăn",
    "Xã nhỏ, nguồn lực có hạn nên phải vận động từng hộ, từng người cùng góp sức",
    "Mình làm cán bộ thì phải đi trước, làm trước thì bà con mới tin và làm theo",
    "Năm nay giá cả ổn định, nếu thời tiết thuận lợi thì bà con sẽ có một vụ mùa khá",
    "Điều quan trọng nhất là giữ được sự đồng thuận của người dân từ đầu đến cuối",
    "Chúng tôi đã chuẩn bị kỹ phương án, lực lượng và phương tiện để không bị động",
    "Nhiều hộ trước đây còn e ngại, giờ thấy hiệu quả rồi thì tự đăng ký tham gia",
    "Tôi chỉ mong con đường được hoàn thành sớm để xe chở nông sản vào tận nơi",
)
DIFFICULTIES = (
    "nguồn vốn đối ứng của địa phương còn hạn chế", "thời tiết diễn biến thất thường, mưa kéo dài",
    "một số hộ chưa thống nhất phương án bồi thường", "đội ngũ cán bộ chuyên trách còn mỏng",
    "giá vật tư đầu vào tăng cao so với dự toán", "hạ tầng tại các ấp xa còn thiếu đồng bộ",
    "lực lượng lao động trẻ đi làm ăn xa khá đông", "việc cập nhật dữ liệu giữa các cấp còn chậm",
)
FIXES = (
    "địa phương đã chủ động đề xuất điều chỉnh kế hoạch cho phù hợp",
    "các ngành đang phối hợp tìm giải pháp tháo gỡ dứt điểm trong quý tới",
    "xã tổ chức đối thoại trực tiếp để lắng nghe ý kiến của người dân",
    "UBND xã đã giao bộ phận chuyên môn theo dõi, báo cáo hằng tuần",
    "đơn vị thi công được yêu cầu bổ sung nhân lực, tăng ca vào ban đêm",
    "địa phương tranh thủ thêm nguồn xã hội hóa từ con em xa quê",
)
ANECDOTES = (
    "từng là hộ nghèo nhiều năm, nay đã có căn nhà kiên cố và mảnh vườn cho thu nhập ổn định",
    "là người đầu tiên trong {hamlet_full} đăng ký tham gia mô hình ngay từ khi mới triển khai",
    "đã tự nguyện hiến hơn {n2} mét vuông đất để mở rộng đường vào {hamlet_full}",
    "có {n4} năm gắn bó với công việc ở cơ sở, được bà con tin tưởng, quý mến",
    "nhiều năm liền được công nhận là hộ sản xuất, kinh doanh giỏi cấp tỉnh",
    "vừa được nhận hỗ trợ {n1} triệu đồng để sửa chữa căn nhà bị xuống cấp",
)
GOALS = (
    "hoàn thành toàn bộ các hạng mục và đưa vào sử dụng", "có thêm {n1} sản phẩm được công nhận OCOP",
    "giảm tỷ lệ hộ nghèo xuống dưới {p1}%", "phủ kín hệ thống chiếu sáng trên các tuyến đường liên ấp",
    "nâng tỷ lệ hồ sơ trực tuyến lên trên {p2}%", "đạt chuẩn các tiêu chí còn lại theo lộ trình",
)
ACHIEVEMENTS = (
    "nâng cấp {n4} tuyến đường giao thông nông thôn", "hỗ trợ xây mới và sửa chữa {n1} căn nhà",
    "tổ chức {n1} đợt ra quân vệ sinh môi trường", "giải quyết việc làm mới cho {n2} lao động",
    "trao {n2} suất quà cho hộ có hoàn cảnh khó khăn", "cấp {n2} thẻ bảo hiểm y tế cho người dân",
)
PERIODS = ("năm {year}", "9 tháng đầu năm {year}", "6 tháng đầu năm {year}", "nhiệm kỳ vừa qua", "quý III/{year}")
FUTURES = ("cuối năm {year}", "quý I/{next}", "giữa năm {next}", "cuối năm {next}", "dịp Tết Nguyên đán {next}")

FRAMES = (
    "{Role} {person} cho biết, {clause}.",
    "Theo {role} {person}, {clause}.",
    "“{quote}”, {role} {person} chia sẻ.",
    "{Honor} {person}, ngụ {hamlet_full}, {ward}, cho biết: “{quote}”.",
    "Tại {hamlet_full}, {clause}.",
    "{Honor} {person}, {age} tuổi, ngụ {hamlet_full}, {anecdote}.",
    "Đến nay, {ward} có {n2} hộ tham gia, {clause}.",
    "Tổng kinh phí thực hiện khoảng {n3} triệu đồng, trong đó ngân sách nhà nước hỗ trợ {p1}%, phần còn lại do nhân dân đóng góp.",
    "Dự kiến đến {future}, {ward} sẽ {goal}.",
    "Trong {period}, {ward} đã {achievement}, {clause}.",
    "Khó khăn lớn nhất hiện nay là {difficulty}; {fix}.",
    "Ghi nhận tại {hamlet_full} cho thấy {clause}.",
    "Theo báo cáo của {org}, {clause}.",
    "Cũng trong dịp này, {org} đã {achievement} trên địa bàn {ward}.",
)


class Slots(dict):  # type: ignore[type-arg]
    """Template values; numbers are drawn afresh at each use."""

    def __init__(self, rng: random.Random, **kw: str) -> None:
        super().__init__(**kw)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        r = self.rng
        draws = {
            "n1": lambda: str(r.randint(2, 45)), "n2": lambda: str(r.randint(12, 480)),
            "n3": lambda: f"{r.randint(150, 48000):,}".replace(",", "."), "n4": lambda: str(r.randint(3, 30)),
            "p1": lambda: f"{r.randint(2, 29)},{r.randint(1, 9)}", "p2": lambda: f"{r.randint(71, 98)},{r.randint(1, 9)}",
            "price": lambda: f"{r.randint(55, 80) * 100:,} đồng".replace(",", "."),
        }
        if key in draws:
            return draws[key]()
        raise KeyError(key)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def fmt(template: str, slots: Slots) -> str:
    # templates nest ({clause} holds {n1}): fill until nothing is left
    for _ in range(4):
        if "{" not in template:
            break
        template = template.format_map(slots)
    return template


def person(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        return "ông", f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE_M)} {rng.choice(GIVEN_M)}"
    return "bà", f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE_F)} {rng.choice(GIVEN_F)}"


def specific(rng: random.Random, slots: Slots) -> str:
    frame = rng.choice(FRAMES)
    honor, name = person(rng)
    role = fmt(rng.choice(ROLES), Slots(rng, ward=slots["ward"], org=slots["org"], hamlet_full=slots["hamlet_full"],
                                        coop=rng.choice(COOPS)))
    values = Slots(
        rng, **{k: v for k, v in slots.items()}, person=name, Honor=cap(honor), role=role, Role=role,
        clause=rng.choice(CLAUSES), quote=rng.choice(QUOTES), age=str(rng.randint(38, 82)),
        anecdote=rng.choice(ANECDOTES), difficulty=rng.choice(DIFFICULTIES), fix=rng.choice(FIXES),
        goal=rng.choice(GOALS), achievement=rng.choice(ACHIEVEMENTS), period=rng.choice(PERIODS),
        future=rng.choice(FUTURES),
    )
    if frame.startswith("{Role}"):
        values["Role"] = cap(role)
    text = fmt(frame, values)
    return cap(text)


# --- stories -----------------------------------------------------------------------------------------------


def make_story(rng: random.Random, topic_key: str, province: str, published: datetime,
               template: dict | None = None, mode: str = "half") -> dict:
    """One generated story. ``template`` (another story's recipe) makes a twin: same title and lead
    pattern, another commune, other people and figures, and half of the same boilerplate sentences
    (``mode="half"``) or every sentence on the same template (``mode="full"``: the other story's
    boilerplate sentences refilled, its story-specific ones written anew)."""
    topic = TOPICS[topic_key]
    prov_text, region, sites = PROVINCES[province]
    ward = rng.choice(WARDS[province])
    hamlet_word = rng.choice(REGIONS[region]["hamlet"])
    slots = Slots(rng, place=ward, Place=cap(ward), prov=prov_text, Prov=cap(prov_text),
                  org=rng.choice(topic.orgs), Local=rng.choice(LOCAL_ORGS), year=str(published.year),
                  next=str(published.year + 1), ward=ward,
                  hamlet_full=f"{hamlet_word} {rng.choice(HAMLET_NAMES)}")
    slots["Org"] = cap(slots["org"])
    for key, options in sorted(REGIONS[region].items()):
        slots[key] = rng.choice(options)

    pool = list(topic.sentences + GENERIC_SENTENCES)
    short = template is None and rng.random() < 0.15
    if template is None:
        title_t = rng.choice(topic.titles)
        lead_t = rng.choice(topic.leads)
        bank = rng.sample(pool, 2 if short else rng.randint(3, 6))
        sentences = [("b", s) for s in bank] + [("s", None)] * (2 if short else rng.randint(4, 8))
        rng.shuffle(sentences)
    elif mode == "full":
        # the same template sentence for sentence, refilled (the other commune's own figures and people)
        title_t, lead_t, bank = template["title_t"], template["lead_t"], template["bank"]
        sentences = template["sentences"]
    else:
        title_t, lead_t = template["title_t"], template["lead_t"]
        keep = template["bank"][: max(2, math.ceil(len(template["bank"]) / 2))]
        bank = keep + rng.sample([s for s in pool if s not in keep], rng.randint(1, 3))
        sentences = [("b", s) for s in bank] + [("s", None)] * rng.randint(4, 8)
        rng.shuffle(sentences)
    texts = [fmt(s, slots) if kind == "b" else specific(rng, slots) for kind, s in sentences]

    day = published - timedelta(days=rng.choice((0, 0, 1, 2)))
    intro = rng.choice(("Ngày {d}-{m}, ", "Ngày {dd}/{mm}, ", "Sáng {d}-{m}, ", "Chiều {d}/{m}, ")).format(
        d=day.day, m=day.month, dd=f"{day.day:02d}", mm=f"{day.month:02d}")
    lead_core = fmt(lead_t, slots)
    lead = intro + lead_core[0].lower() + lead_core[1:] if lead_core[:4] not in ("UBND", "Ủy b", "Đảng") \
        else intro + lead_core
    paragraphs: list[str] = []
    i = 0
    while i < len(texts):
        k = rng.randint(1, 3)
        paragraphs.append(" ".join(texts[i:i + k]))
        i += k
    return {
        "title": cap(fmt(title_t, slots)), "lead": lead, "paragraphs": paragraphs, "site": rng.choice(sites),
        "province": province, "title_t": title_t, "lead_t": lead_t, "bank": bank, "topic": topic_key,
        "sentences": sentences,
        "published": published, "slots": slots,
    }


# --- republication transforms ------------------------------------------------------------------------------

SUBSTITUTIONS = (
    ("bảo đảm", "đảm bảo"), ("đảm bảo", "bảo đảm"), ("cho biết", "thông tin"), ("hơn", "trên"),
    ("tập trung", "chú trọng"), ("người dân", "bà con"), ("địa phương", "địa bàn"), ("tổ chức", "tiến hành"),
    ("các đơn vị", "các cơ quan, đơn vị"), ("đề nghị", "yêu cầu"), ("triển khai", "thực hiện"),
    ("khó khăn", "trở ngại"), ("kịp thời", "nhanh chóng"),
)
NEW_LEADS = (
    "Nhằm đánh giá kết quả đạt được và đề ra phương hướng cho thời gian tới, ",
    "Chiều qua, ",
    "Vừa qua, ",
    "Trong khuôn khổ chương trình công tác, ",
)
RETITLE = (
    "{Place}: {title}",
    "{title}",  # the title reworded below
    "Tin {place_short}: {title}",
)


def _date_rewrite(text: str) -> str:
    # "Ngày 06/12," → "Ngày 6-12,", "Sáng 6-12," → "Sáng 6/12,"
    def repl(m: re.Match) -> str:
        d, sep, mth = m.group(2), m.group(3), m.group(4)
        return f"{m.group(1)}{int(d)}{'-' if sep == '/' else '/'}{int(mth)}"

    return re.sub(r"^(Ngày |Sáng |Chiều |Tối )(\d{1,2})([/-])(\d{1,2})", repl, text)


def light_edit(rng: random.Random, paragraphs: list[str]) -> list[str]:
    out = []
    for p in paragraphs:
        sentences = re.split(r"(?<=[.!?”])\s+(?=[A-ZĐÀ-Ỹ“])", p)
        new = []
        for s in sentences:
            for _ in range(2):
                if rng.random() < 0.4:
                    a, b = rng.choice(SUBSTITUTIONS)
                    s = s.replace(a, b, 1)
            new.append(s)
        if len(new) > 2 and rng.random() < 0.4:
            del new[rng.randrange(1, len(new))]  # a sentence dropped
        out.append(" ".join(new))
    if len(out) > 3 and rng.random() < 0.5:  # two paragraphs merged
        j = rng.randrange(1, len(out) - 1)
        out[j:j + 2] = [out[j] + " " + out[j + 1]]
    return out


def republish(rng: random.Random, story: dict, transforms: list[str], site: str) -> dict:
    title = story["title"]
    lead = story["lead"]
    paragraphs = list(story["paragraphs"])
    if "trimmed" in transforms:
        keep = max(2, math.ceil(len(paragraphs) * rng.uniform(0.6, 0.8)))
        paragraphs = paragraphs[:keep]
    if "edited" in transforms:
        lead = _date_rewrite(lead)
        paragraphs = light_edit(rng, paragraphs)
    if "new_lead" in transforms:
        core = re.sub(r"^(?:Ngày|Sáng|Chiều|Tối) [\d/-]+, ", "", lead)
        lead = rng.choice(NEW_LEADS) + core
        if rng.random() < 0.5:  # and a sentence of context before it
            lead = f"{cap(story['slots']['place'])} là một trong những địa phương đi đầu của {story['slots']['prov']} trong lĩnh vực này. " + lead
    if "dateline" in transforms:
        lead = DATELINES.get(site, "(BĐT) - ") + lead
    if "retitled" in transforms:
        pattern = rng.choice(RETITLE)
        place = story["slots"]["place"]
        t = title
        if pattern == "{title}":
            for a, b in SUBSTITUTIONS:
                if a in t:
                    t = t.replace(a, b, 1)
                    break
            else:
                t = f"{t}: nhiều kết quả tích cực"
        title = pattern.format(Place=cap(place), title=t[0].lower() + t[1:] if pattern != "{title}" else t,
                               place_short=place.split(" ", 1)[1])
    if "byline" in transforms:
        paragraphs.append(rng.choice(("Tin, ảnh: ", "Bài, ảnh: ", "", "Theo ")) + rng.choice(REPORTERS))
    # where the lead goes: a separate sapo, or the body's first paragraph
    if rng.random() < 0.5:
        sapo, body = lead, paragraphs
    else:
        sapo, body = "", [lead, *paragraphs]
    return {"title": title, "sapo": sapo, "body": "\n\n".join(body)}


TRANSFORMS = ("retitled", "trimmed", "new_lead", "byline", "dateline", "edited")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:80]


def main() -> None:
    rng = random.Random(20251201)
    articles: list[dict] = []
    counter = iter(range(100000, 1000000))

    def add(story_id: str, site: str, title: str, sapo: str, body: str, published: datetime, variant: str,
            key: str | None = None) -> None:
        key = key or f"https://{site}/{slug(title)}-{next(counter)}.html"
        articles.append({"key": key, "story": story_id, "site": site, "title": title, "sapo": sapo, "body": body,
                         "published_at": published.isoformat(), "variant": variant})

    # real stories (captured or modelled fixtures)
    fixtures = ROOT / "tests" / "fixtures"
    real = {}
    for name, path in (("cai-lay", "tiengiang/cai-lay.json"), ("cai-lay", "baoapbac/cai-lay.json"),
                       ("baocantho", "baocantho/article.json"), ("baolaocai", "baolaocai/article.json"),
                       ("vnexpress", "vnexpress/article.json")):
        item = json.loads((fixtures / path).read_text(encoding="utf-8"))["expected"]
        add(f"real:{name}", item["site"], item["title"], item["sapo"], item["body"],
            datetime.fromisoformat(item["published_at"]), "real", key=item["canonical_url"])
        real.setdefault(name, item)
    # the hand-written hard negative of the seed, and a republication of it
    cai_be = json.loads(Path(__file__).with_name("cai_be.json").read_text(encoding="utf-8"))
    add("hand:cai-be", "tiengiang.gov.vn", cai_be["title"], "", cai_be["body"],
        datetime.fromisoformat(cai_be["published_at"]), "hard_negative_of_seed")
    cb_story = {"title": cai_be["title"], "lead": cai_be["body"].split("\n\n")[0],
                "paragraphs": cai_be["body"].split("\n\n")[1:], "slots": {"place": "huyện Cái Bè", "prov": "tỉnh Tiền Giang"}}
    rp = republish(rng, cb_story, ["retitled", "dateline", "edited"], "baoapbac.vn")
    add("hand:cai-be", "baoapbac.vn", rp["title"], rp["sapo"], rp["body"],
        datetime.fromisoformat(cai_be["published_at"]) + timedelta(hours=7), "retitled+dateline+edited")
    # planted republications of the real stories
    for name, item in real.items():
        paras = item["body"].split("\n\n")
        if item["sapo"] and paras[0] != item["sapo"]:
            lead, rest = item["sapo"], paras
        else:
            lead, rest = paras[0], paras[1:]
        story = {"title": item["title"], "lead": lead, "paragraphs": rest,
                 "slots": {"place": "địa phương", "prov": item.get("province") or "cả nước"}}
        for transforms in (["trimmed", "dateline"], ["edited", "byline", "retitled"]):
            site = rng.choice(NATIONAL)
            rp = republish(rng, story, transforms, site)
            add(f"real:{name}", site, rp["title"], rp["sapo"], rp["body"],
                datetime.fromisoformat(item["published_at"]) + timedelta(hours=rng.randint(2, 30)),
                "+".join(transforms))

    # generated stories, their twins and republications
    start = datetime(2025, 9, 1, 7, 0, tzinfo=VN)
    topics = sorted(TOPICS)
    provinces = sorted(PROVINCES)
    stories: list[tuple[str, dict]] = []
    for n in range(N_STORIES):
        published = start + timedelta(hours=rng.randint(0, 24 * 60), minutes=rng.randint(0, 59))
        topic = topics[n % len(topics)]
        province = rng.choice(provinces)
        story = make_story(rng, topic, province, published)
        stories.append((f"gen:{n:03d}", story))
        if n % TWIN_EVERY in (0, 3):
            mode = "half" if n % TWIN_EVERY == 0 else "full"
            other = rng.choice([p for p in provinces if PROVINCES[p][1] == PROVINCES[province][1]])
            twin = make_story(rng, topic, other, published + timedelta(hours=rng.randint(-30, 30)),
                              template=story, mode=mode)
            stories.append((f"gen:{n:03d}-twin-{mode}", twin))
    for story_id, story in stories:
        body = "\n\n".join([story["lead"], *story["paragraphs"]])
        sapo = ""
        if rng.random() < 0.5:
            sapo, body = story["lead"], "\n\n".join(story["paragraphs"])
        add(story_id, story["site"], story["title"], sapo, body, story["published"],
            "twin" if "-twin" in story_id else "original")
        n_reposts = rng.choice((0, 1, 1, 2, 2, 3, 4))
        for _ in range(n_reposts):
            transforms = rng.sample(TRANSFORMS, rng.choice((1, 1, 2, 2, 3)))
            site = rng.choice([s for s in PROVINCES[story["province"]][2] if s != story["site"]] + list(NATIONAL))
            rp = republish(rng, story, transforms, site)
            add(story_id, site, rp["title"], rp["sapo"], rp["body"],
                story["published"] + timedelta(minutes=rng.randint(40, 3 * 24 * 60)), "+".join(sorted(transforms)))

    OUT.write_text(json.dumps(articles, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n_stories = len({a["story"] for a in articles})
    print(f"{len(articles)} articles, {n_stories} stories → {OUT}")


if __name__ == "__main__":
    main()
