"""The story material of the sample articles: a cast of people, hamlets and units, and per-topic phrases.

``bank.py`` holds the fixed phrases (titles, captions, tags, the old shared sentences); this module holds
what makes each generated story its own (see ``story.py``, which composes it):

- ``NAMES`` and ``VILLAGES``: people (Kinh names, and the Hmong, Dao, Tày, Thái names of the northern
  mountains) and hamlets (ấp of the Mekong delta, thôn and bản of the mountains), drawn per article;
- ``LEXICON[topic]``: the topic's own material, each entry a tuple of templates:
  ``roles`` (the title of the official quoted), ``units`` (the cooperative, school, company… the story is
  about), ``titles`` (extra title templates), ``leads`` (the opening sentence, as it stands after an
  opening date), ``sums`` (a one-sentence summary, without a date), ``act`` (noun phrases: what is being
  done), ``ctx`` (background), ``det`` (what happened), ``res`` (results, figures), ``qoff`` (what an
  official says), ``qres`` (what a resident says), ``prob`` (noun phrases: difficulties), ``meas``
  (verb phrases: what is to be done), ``photo`` (photo-story captions);
- ``SHARED``: frames any topic uses around those phrases (``quote``, ``resq``: an official's and a
  resident's words; ``trouble``: a difficulty; ``dir``: what is to be done; ``close``: a closing), the
  leads and captions of photo stories (a topic may have its own ``resq``).

Template language (``story.expand``): ``[a|b|c]`` is one of the alternatives (nested brackets allowed,
``[a|]`` is optional text); ``{slot}`` a value of the article (see ``story.Cast``); ``{@key}`` a phrase
of the topic's ``key`` list, expanded in turn, not repeated within an article while others are left.

Slots: ``{place}``/``{Place}`` (the article's ward or commune), ``{place2}`` (another of the province),
``{prov}``/``{Prov}``, ``{party}`` (Tỉnh ủy or Thành ủy), ``{org}``/``{Org}``, ``{Local}``, ``{year}``,
``{next}``, ``{month}`` ("tháng 9", a month of the year up to the article's), ``{later}`` (a month
to come), ``{village}``/``{Village}`` and ``{village2}`` (hamlets of the place: "ấp Mỹ Lợi", "thôn Nậm
Cang"), ``{Village_name}`` (the name alone, for a unit), ``{Hamlet_word}``, ``{unit}``/``{Unit}``,
``{doc}`` (a document number), the people ``{off}``/``{Off}`` (an official of the topic), ``{boss}``/
``{Boss}`` (a provincial leader), ``{res}``/``{Res}`` and ``{res2}``/``{Res2}`` (residents), ``{kid}``/
``{Kid}`` (a pupil): a person is written in full the first time ("ông Nguyễn Văn Hùng, Phó Chủ tịch
UBND xã Cái Bè,") and by the given name after ("ông Hùng"), so a person slot is always followed by a
verb; ``{off_s}`` etc. force the short form, ``{res2_n}`` the name without the role ("anh Lê Văn Tư"),
``{res2_name}`` the bare name. Numbers (drawn at each use): ``{k}`` 2-9, ``{n1}`` 2-45, ``{n2}`` 12-480,
``{n3}`` 150-48.000, ``{n4}`` 3-30, ``{area}`` 32-80, ``{inc}`` 45-95, ``{wage}`` 6-14, ``{v}`` 50-150, ``{p1}`` 2,1-29,9 (%), ``{p2}`` 71,1-98,9 (%), ``{price}``; and the
regional words of ``bank.REGIONS`` (``{crop}``, ``{rice}``, ``{hazard}``, ``{hamlet}`` = "ấp"/"thôn"…).

The rules of ``bank.py`` hold here too: no date word (Ngày, Sáng, Chiều, Tối, Trưa, Đêm, Hôm) right
before a number, no sentence opening with "Theo" or "Nguồn", no place name that is a province's after a
family name; and a quote (``qoff``, ``qres``) has no final full stop (the frame closes it).
"""

from __future__ import annotations

__all__ = ["BOSS_ROLES", "LEXICON", "NAMES", "SHARED", "VILLAGES"]

#: (family names, male middle names, male given names, female middle names, female given names)
NAMES: dict[str, tuple[tuple[str, ...], ...]] = {
    "kinh": (
        ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ", "Ngô", "Hồ",
         "Dương", "Lý", "Đinh", "Lâm", "Châu", "Tô", "Đoàn", "Lương", "Cao", "Mai", "Tạ"),
        ("Văn", "Hữu", "Minh", "Quốc", "Thanh", "Công", "Đức", "Hoàng", "Tấn", "Phước", "Trung", "Duy", "Chí",
         "Ngọc", "Thành"),
        ("Hùng", "Dũng", "Tâm", "Hải", "Phúc", "Tài", "Nghĩa", "Thắng", "Lợi", "Hậu", "Phong", "Tuấn", "Khang",
         "Toàn", "Hiếu", "Trí", "Nhân", "Đạt", "Kiệt", "Lộc", "Quang", "Tùng", "Cường", "Thuận", "Sang", "Tính",
         "Em", "Út", "Bảy", "Mười", "Hưng", "Khải", "Triều", "Vinh"),
        ("Thị", "Ngọc", "Thanh", "Kim", "Mỹ", "Thu", "Bích", "Hồng", "Diễm", "Thúy", "Minh"),
        ("Lan", "Hoa", "Hương", "Thảo", "Trang", "Nga", "Hạnh", "Loan", "Phượng", "Nhung", "Dung", "Yến", "Tuyết",
         "Hằng", "Liên", "Thủy", "Trinh", "Ngân", "Vân", "Oanh", "Xuân", "Duyên", "Mai", "Cúc", "Sen", "Nguyệt"),
    ),
    "mountain": (
        ("Sùng", "Giàng", "Thào", "Vàng", "Lù", "Hầu", "Lò", "Lý", "Triệu", "Bàn", "Tẩn", "Hoàng", "Nông",
         "Lương", "Nguyễn", "Đỗ", "Phạm", "Vũ", "Hà", "Đinh", "Lục"),
        ("A", "Seo", "Văn", "Văn", "Láo", "Tài", "Quang", "Đức", "Minh"),
        ("Páo", "Chứ", "Lử", "Sử", "Dế", "Tráng", "Sình", "Pánh", "Vần", "Lở", "Chỉn", "Thắng", "Khoa", "Lâm",
         "Toản", "Hiệp", "Quyết", "Dũng", "Hòa", "Chinh", "Sơn"),
        ("Thị", "Thị", "Thị", "Thu", "Mỹ"),
        ("Mỷ", "Sua", "Dung", "Chở", "Pàng", "Dinh", "Mai", "Xuân", "Hiền", "Thảo", "Phương", "Lan", "Nguyệt",
         "Dế", "Hoa", "Hằng"),
    ),
}

#: hamlet names (written after "ấp", "thôn" or "bản")
VILLAGES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "mekong": (
        ("ấp",),
        ("Mỹ Lợi", "Tân Hòa", "Bình Phú", "Long Thạnh", "Phú Hưng", "Hòa Thuận", "Tân Thuận",
         "Mỹ Hưng", "An Thạnh", "Phú Mỹ", "Bình Hòa A", "Long Hòa", "Tân Lợi", "Hậu Thạnh", "Mỹ Thuận", "Đông Hòa",
         "Tây Hòa", "Thới An", "Phú Thạnh B", "Bình Thạnh", "Mỹ Phú", "Tân Bình", "Hòa Lợi", "Thạnh Phú",
         "Long Bình", "Phước Hòa", "Vĩnh Thới", "Trường Khánh", "Nhơn Ái", "Thạnh Lộc", "Mỹ Khánh"),
    ),
    "mountain": (
        ("thôn", "thôn", "bản"),
        ("Nậm Cang", "Tả Van", "Cát Cát", "Sín Chải", "Phìn Hồ", "Lao Chải", "Nà Hẩu", "Khe Bàn", "Tả Phìn",
         "Bản Mế", "Làng Mới", "Hang Đá", "Na Lốc", "Cốc Ly", "Nậm Khắt", "Pờ Hồ", "Séo Mý Tỷ", "Khe Lếch",
         "Nà Lùng", "Bản Cuôn", "Lùng Thắng", "Ná Hối", "Tà Chải", "Làng Chưng", "Khe Mạ", "Nậm Lúc"),
    ),
}

#: provincial leaders ({boss})
BOSS_ROLES: tuple[str, ...] = (
    "Phó Chủ tịch UBND {prov}",
    "Phó Chủ tịch Thường trực UBND {prov}",
    "Ủy viên Ban Thường vụ {party}, Phó Chủ tịch UBND {prov}",
    "Phó Chủ tịch HĐND {prov}",
    "Phó Bí thư {party}",
)

# --- frames any topic uses ----------------------------------------------------------------------------

SHARED: dict[str, tuple[str, ...]] = {
    # an official's words
    "quote": (
        "{Off} [cho biết|chia sẻ|nhấn mạnh|khẳng định]: “{@qoff}”.",
        "“{@qoff}”, {off} [nói|cho biết|chia sẻ].",
        "[Trao đổi với phóng viên|Chia sẻ với phóng viên|Trả lời câu hỏi của phóng viên|Bên lề buổi làm việc], {off} [cho biết|thông tin thêm]: “{@qoff}”.",
        "[Đánh giá về|Nói về|Nhìn lại] {@act}, {off} [cho rằng|nhận định|thẳng thắn]: “{@qoff}”.",
    ),
    # a resident's words
    "resq": (
        "{Res} [phấn khởi|vui mừng|chia sẻ|kể|bộc bạch]: “{@qres}”.",
        "“{@qres}”, {res} [nói|chia sẻ|cười nói|tâm sự].",
        "[Gặp chúng tôi tại nhà|Có mặt từ sớm|Tranh thủ lúc nghỉ tay], {res} [cho biết|tâm sự|kể lại]: “{@qres}”.",
        "[Cũng như nhiều hộ khác|Như nhiều người trong {hamlet}|Là một trong những người đầu tiên tham gia], {res} [nhận xét|cho biết|nói]: “{@qres}”.",
    ),
    # a difficulty (frames around the topic's ``prob`` phrases)
    "trouble": (
        "[Tuy nhiên|Dù vậy|Bên cạnh kết quả đạt được], [quá trình thực hiện|việc triển khai] [vẫn còn|còn gặp] không ít khó khăn, [nhất là|như|trong đó nổi lên là] {@prob} và {@prob}.",
        "{Off} [cũng thừa nhận|không giấu|thẳng thắn cho biết], {@prob} [đang là điểm nghẽn lớn nhất|là khó khăn lớn hiện nay|vẫn là bài toán chưa có lời giải trọn vẹn] [của địa phương|đối với ngành|ở cơ sở].",
        "[Một số|Nhiều] đại biểu [cũng|] phản ánh tình trạng {@prob}, [đề nghị|kiến nghị] [cấp trên|các sở, ngành] sớm có hướng tháo gỡ.",
        "[Bên cạnh đó|Ngoài ra|Mặt khác], {@prob} [cũng|] [khiến|làm cho] [tiến độ một số phần việc|kết quả ở một vài nơi] [chưa đạt như kỳ vọng|còn thấp so với kế hoạch|bị chậm lại].",
        "[Hạn chế lớn nhất|Khó khăn hiện nay|Điều khiến địa phương trăn trở] là {@prob}, [trong khi|nhất là khi] {@prob}.",
    ),
    # what is to be done, by whom
    "dir": (
        "[Phát biểu chỉ đạo|Phát biểu kết luận|Kết luận buổi làm việc|Tại buổi kiểm tra], {boss} [đề nghị|yêu cầu] [các sở, ngành và địa phương|{Local} {place}|các đơn vị liên quan] {@meas}; [đồng thời|bên cạnh đó|song song đó] {@meas}.",
        "[Thời gian tới|Trong năm {next}|Từ nay đến cuối năm|Những tháng cuối năm], {place} [tập trung|đặt mục tiêu|xác định nhiệm vụ trọng tâm là] {@meas}[, phấn đấu hoàn thành các chỉ tiêu đề ra|, tạo chuyển biến rõ nét hơn|].",
        "{Boss} [lưu ý|nhấn mạnh|đề nghị], [cần|phải] {@meas}, [tránh|không để xảy ra] tình trạng {@prob}.",
        "[Để khắc phục|Trước thực tế này|Nhằm tháo gỡ khó khăn], {Local} {place} [đã chỉ đạo|giao] [các đơn vị chuyên môn|các ngành liên quan] {@meas}[ và báo cáo kết quả trước {later}|].",
        "[Về lâu dài|Trong giai đoạn tới], [ngành chức năng|địa phương] [sẽ|] {@meas}, [đồng thời|kết hợp] {@meas}.",
    ),
    # a specific closing
    "close": (
        "[Dịp này|Tại buổi lễ|Kết thúc hội nghị|Nhân dịp này], {Local} {place} [đã|] [khen thưởng|tặng giấy khen cho] {n1} tập thể và {n2} cá nhân [có thành tích tiêu biểu|có nhiều đóng góp] [trong {@act}|].",
        "[Dự kiến|Nếu thuận lợi], [đến {month} năm {next}|trong năm {next}|cuối năm nay], {place} [sẽ|] [hoàn thành|tổng kết|nhân rộng] [kết quả|mô hình] [này|] [ra các {hamlet} còn lại|và báo cáo {prov}|].",
        "[Trước đó|Cũng tại buổi làm việc], [đoàn công tác|đại biểu] [đã|] [khảo sát thực tế|đi thăm] [tại|ở] {village} và {village2}[, ghi nhận ý kiến của người dân|].",
    ),
    # the text of a photo story (captions carry it)
    "photo_lead": (
        "[những hình ảnh|chùm ảnh|một số hình ảnh] [ghi nhận|do phóng viên ghi lại] tại {village}, {place} [trong những ngày qua|những ngày gần đây|dịp cuối tuần].",
        "[chùm ảnh về|ghi nhận] không khí [lao động, sản xuất|làm việc khẩn trương|sôi nổi] [của người dân|] [tại|ở] {place} [và {place2}|].",
        "[phóng viên|chúng tôi] [ghi lại|có mặt để ghi lại] những [khoảnh khắc|hình ảnh] [đáng nhớ|ấn tượng] [ở|tại] {village}, {place}.",
    ),
    "photo": (
        "[Từ sáng sớm|Ngay từ tờ mờ sáng|Từ rất sớm], người dân {village} [đã|] [có mặt đông đủ|tập trung] [để|] [chuẩn bị cho một ngày làm việc mới|bắt tay vào công việc].",
        "{Res} [cẩn thận|tỉ mỉ|nhanh tay] [kiểm tra|sắp xếp|chuẩn bị] [từng phần việc|mọi thứ] trước khi [bắt đầu|vào ca].",
        "[Những|Các] tuyến đường [bê tông|nhựa] [thẳng tắp|rộng rãi] [nối|dẫn vào] {village} [tạo diện mạo mới cho|làm đổi thay] [vùng quê|{place}].",
        "[Đoàn viên, thanh niên|Lực lượng tình nguyện|Hội viên phụ nữ] {place} [hỗ trợ|giúp] người dân {village} [dọn dẹp vệ sinh|trồng cây xanh|sửa sang nhà cửa].",
        "[Niềm vui|Nụ cười] [hiện rõ trên gương mặt|của] {res2} [khi|sau khi] [công việc hoàn tất|nhận kết quả].",
        "[Không khí|Quang cảnh] [nhộn nhịp|tấp nập|khẩn trương] [tại|ở] {village} [vào những ngày này|suốt buổi|cả ngày].",
        "[Cán bộ|Lãnh đạo] {Local} {place} [trực tiếp|] [kiểm tra|động viên|thăm hỏi] [người dân|bà con] {village2}.",
    ),
}

# --- the topics ------------------------------------------------------------------------------------------

LEXICON: dict[str, dict[str, tuple[str, ...]]] = {}

LEXICON["hoi_nghi"] = {
    "roles": ("Chủ tịch UBND {place}", "Bí thư Đảng ủy {place}", "Phó Chủ tịch UBND {place}",
              "Chánh Văn phòng UBND {prov}", "Phó Bí thư Thường trực Đảng ủy {place}"),
    "units": ("Trung tâm Phục vụ hành chính công {place}", "Văn phòng HĐND và UBND {place}"),
    "titles": (
        "{Place} [hoàn thành|vượt] {n4} chỉ tiêu chủ yếu năm {year}",
        "[Giám sát|Kiểm tra] [việc thực hiện|tiến độ] các [công trình|dự án] trọng điểm tại {place}",
        "{Place} [họp|bàn] giải pháp [về đích|hoàn thành] kế hoạch năm {year}",
    ),
    "leads": (
        "{Local} {place} tổ chức hội nghị [tổng kết|đánh giá kết quả thực hiện] nhiệm vụ năm {year}, [triển khai|bàn] phương hướng năm {next} với sự tham dự của {n2} đại biểu.",
        "{boss} [chủ trì|dự và chỉ đạo] hội nghị [sơ kết|đánh giá] tình hình [vận hành chính quyền địa phương hai cấp|thực hiện nhiệm vụ kinh tế - xã hội] tại {place}.",
        "Thường trực HĐND {prov} [tổ chức|có] buổi giám sát [việc thực hiện|kết quả] {@act} tại {place}.",
        "UBND {place} [họp|tổ chức phiên họp] thường kỳ [tháng|quý], [đánh giá|rà soát] tiến độ {n1} [nhiệm vụ|công trình] trọng điểm [còn chậm|cần tập trung tháo gỡ].",
    ),
    "sums": (
        "{Place} [đạt và vượt|hoàn thành] {n4} chỉ tiêu chủ yếu, tổng thu ngân sách tăng {p1}% so với năm trước.",
        "Lãnh đạo {prov} yêu cầu {place} [tập trung|khẩn trương] tháo gỡ [vướng mắc về mặt bằng|khó khăn về vốn] cho {n1} [dự án|công trình] đang chậm tiến độ.",
        "[Năm {next}|Năm tới], {place} đặt mục tiêu tăng trưởng [trên|khoảng] {p1}%, [ưu tiên|dồn sức cho] cải cách thủ tục hành chính.",
    ),
    "act": ("công tác cải cách hành chính", "việc thực hiện nghị quyết của {party}", "nhiệm vụ phát triển kinh tế - xã hội",
            "việc vận hành chính quyền địa phương hai cấp", "công tác thu ngân sách", "công tác xây dựng Đảng ở cơ sở"),
    "ctx": (
        "Năm {year}, {place} triển khai nhiệm vụ trong bối cảnh [vừa sắp xếp lại đơn vị hành chính|bộ máy chính quyền cấp xã mới đi vào vận hành], [khối lượng công việc lớn|nhiều lĩnh vực phải tiếp nhận mới] trong khi [nhân lực còn mỏng|một số cán bộ chưa quen việc].",
        "[Ngay từ đầu năm|Từ những tháng đầu năm], {Local} {place} ban hành {doc}, [phân công rõ người, rõ việc|giao chỉ tiêu cụ thể cho từng {hamlet}, khu phố|gắn trách nhiệm người đứng đầu với kết quả thực hiện].",
        "Hội nghị [được kết nối trực tuyến|diễn ra theo hình thức trực tiếp kết hợp trực tuyến] đến {n1} điểm cầu [các xã, phường|cơ sở] [trong tỉnh|trên địa bàn].",
        "{Place} [hiện có|được tổ chức lại với] {n4} {hamlet}, khu phố, [dân số khoảng|gần] {n3} người, [là địa bàn có|nơi có] [tốc độ đô thị hóa nhanh|nhiều dự án đang triển khai].",
    ),
    "det": (
        "[Báo cáo tại hội nghị|Báo cáo của UBND {place}] cho thấy, thu ngân sách [trên địa bàn|nhà nước] đạt {n3} triệu đồng, [bằng {p2}% dự toán|vượt {p1}% dự toán] [được giao|tỉnh giao].",
        "[Toàn|Cả] {place} [có thêm|đã có] {n2} [hộ kinh doanh|doanh nghiệp] [đăng ký mới|thành lập mới], [tạo việc làm cho|thu hút] {n3} lao động.",
        "Trung tâm Phục vụ hành chính công {place} [đã|] tiếp nhận {n3} hồ sơ, [tỷ lệ giải quyết đúng và trước hạn đạt {p2}%|không có hồ sơ trễ hạn].",
        "[Công tác|Việc] chỉnh trang đô thị, [xây dựng nông thôn mới|quản lý trật tự xây dựng] [được|cũng được] [chú trọng|quan tâm], {n1} [tuyến đường|công trình dân sinh] [được nâng cấp|hoàn thành đưa vào sử dụng].",
        "[Các đại biểu|Đại biểu {village} và {village2}] [tập trung thảo luận|góp ý] [về|xoay quanh] {@prob}, [cũng như|và] [cách|giải pháp] {@meas}.",
    ),
    "res": (
        "Năm {year}, tổng giá trị sản xuất trên địa bàn [tăng|ước tăng] {p1}% so với [năm trước|cùng kỳ], [cơ cấu kinh tế chuyển dịch đúng hướng|thương mại - dịch vụ chiếm tỷ trọng ngày càng lớn].",
        "Thu nhập bình quân đầu người [đạt|ước đạt] {inc} triệu đồng mỗi năm, tỷ lệ hộ nghèo [giảm còn|chỉ còn] {p1}%.",
        "[Có|Đã có] {n4} chỉ tiêu chủ yếu [đạt và vượt kế hoạch|hoàn thành], [riêng|chỉ có] chỉ tiêu [giải ngân vốn đầu tư công|thu hút đầu tư] [chưa đạt|đạt thấp].",
        "Kế hoạch vốn đầu tư công năm {year} của {place} là {n2} tỷ đồng, [đến nay đã giải ngân|hiện giải ngân được] {p2}%.",
        "[Các chính sách an sinh xã hội|Lĩnh vực văn hóa - xã hội] [được quan tâm|tiếp tục được thực hiện đầy đủ], {n2} lượt [hộ nghèo|người có công] được hỗ trợ [kịp thời|đúng đối tượng].",
        "Mức độ hài lòng của người dân [đối với sự phục vụ của bộ máy hành chính|khi giải quyết thủ tục] đạt {p2}%, [cao hơn năm trước|nằm trong nhóm dẫn đầu {prov}].",
    ),
    "qoff": (
        "Năm qua là năm đầu [vận hành|thực hiện] mô hình chính quyền hai cấp, [khối lượng việc rất lớn|nhiều việc phải vừa làm vừa rút kinh nghiệm], nhưng [tập thể cán bộ|anh em cán bộ, công chức] đã [cố gắng rất nhiều|không quản ngại khó khăn]",
        "Chỉ tiêu nào chưa đạt thì phải [chỉ ra được nguyên nhân|làm rõ trách nhiệm], không [đổ lỗi cho khách quan|né tránh]",
        "Năm {next}, [chúng tôi|địa phương] [ưu tiên|dồn sức] cho [giải ngân vốn đầu tư công|cải cách thủ tục hành chính] vì đây là [khâu yếu nhất|điểm nghẽn] hiện nay",
        "Người dân [đánh giá|chấm điểm] [mức độ hài lòng|chất lượng phục vụ] cao là [thước đo|động lực] để bộ máy [làm việc tốt hơn|nâng cao trách nhiệm]",
    ),
    "qres": (
        "Giờ làm giấy tờ ở [xã|phường] nhanh hơn trước nhiều, có hồ sơ nộp buổi sáng thì đầu giờ buổi chiều đã nhận kết quả",
        "Cán bộ [hướng dẫn tận tình|giải thích cặn kẽ], tôi [không phải đi lại nhiều lần|làm một lần là xong] như trước đây",
        "Bà con mong [các công trình|con đường] [sớm hoàn thành|được làm nhanh hơn] để việc đi lại, buôn bán thuận tiện",
    ),
    "prob": ("tiến độ giải ngân vốn đầu tư công [còn chậm|chưa đạt yêu cầu]", "[một số dự án|nhiều công trình] vướng mặt bằng kéo dài",
             "[đội ngũ cán bộ cấp xã|nhân lực cơ sở] còn thiếu [và yếu về chuyên môn|so với khối lượng công việc]",
             "hạ tầng công nghệ thông tin [chưa đồng bộ|còn thiếu]", "nguồn thu ngân sách [chưa bền vững|phụ thuộc nhiều vào tiền sử dụng đất]"),
    "meas": ("[rà soát|đánh giá lại] toàn bộ các chỉ tiêu chưa đạt, [xác định rõ nguyên nhân|có giải pháp cụ thể]",
             "đẩy nhanh giải ngân vốn đầu tư công, [xử lý dứt điểm|tháo gỡ] vướng mắc về mặt bằng",
             "[kiện toàn|sắp xếp] đội ngũ cán bộ [cấp xã|cơ sở] theo vị trí việc làm",
             "[nâng cao|cải thiện] chỉ số hài lòng của người dân [đối với sự phục vụ của cơ quan hành chính|khi giải quyết thủ tục]",
             "[tăng cường|siết chặt] kỷ luật, kỷ cương hành chính", "[khai thác tốt|nuôi dưỡng] các nguồn thu, [chống thất thu ngân sách|chi tiêu tiết kiệm]"),
    "photo": (
        "Đại biểu [tham quan|xem] khu trưng bày [kết quả phát triển kinh tế - xã hội|sản phẩm tiêu biểu] của {place} bên lề hội nghị.",
        "{Boss} [trao đổi với|lắng nghe ý kiến của] [cán bộ|đại biểu] {village} [tại hội nghị|trong giờ giải lao].",
        "[Trao giấy khen|Khen thưởng] cho [các tập thể|các {hamlet}, khu phố] [hoàn thành xuất sắc nhiệm vụ|có thành tích nổi bật] năm {year}.",
    ),
}

LEXICON["nong_nghiep"] = {
    "roles": ("Giám đốc Sở Nông nghiệp và Môi trường {prov}", "Phó Giám đốc Sở Nông nghiệp và Môi trường {prov}",
              "Phó Chủ tịch UBND {place}", "Giám đốc {unit}", "Trưởng Trạm Khuyến nông {place}"),
    "units": ("Hợp tác xã Nông nghiệp {Village_name}", "Hợp tác xã Dịch vụ nông nghiệp {Village_name}",
              "Hợp tác xã {crop} {Village_name}"),
    "titles": (
        "Nông dân {village} [lãi khá|trúng mùa] nhờ [trồng {crop}|liên kết tiêu thụ]",
        "{Unit} [mở rộng|nhân rộng] vùng trồng {crop} [đạt chuẩn|theo hướng hữu cơ]",
        "[Gỡ khó|Hỗ trợ] đầu ra cho [nông sản|{crop}] của {place}",
    ),
    "leads": (
        "nông dân {place} [bắt đầu|đang khẩn trương] thu hoạch {rice}, năng suất [bình quân|ước] đạt {n1} tạ/ha.",
        "{Org} {prov} phối hợp với UBND {place} tổ chức hội thảo đầu bờ [về|đánh giá] mô hình [canh tác {rice} giảm phát thải|trồng {crop} theo hướng hữu cơ] tại {village}.",
        "{unit} [ký kết|ký] hợp đồng [liên kết|bao tiêu] [sản phẩm|{crop}] với {n1} hộ [thành viên|nông dân] tại {place}.",
        "{boss} [kiểm tra|khảo sát] tình hình [sản xuất nông nghiệp|phòng chống {hazard}] tại {place}.",
    ),
    "sums": (
        "Giá [lúa tươi|{crop}] [ổn định|tăng nhẹ] giúp nông dân {village} có lãi [khá|{n1} triệu đồng mỗi héc-ta] sau vụ thu hoạch.",
        "{Unit} [mở ra hướng tiêu thụ ổn định cho nông sản của {place}|giúp {n2} hộ ở {place} yên tâm sản xuất].",
        "[Mô hình|Cách làm mới] ở {village} [giúp|cho phép] nông dân [giảm chi phí|tăng lợi nhuận] [khoảng|trên] {p1}%.",
    ),
    "act": ("sản xuất {rice}", "chuyển đổi cây trồng", "liên kết tiêu thụ nông sản", "xây dựng vùng nguyên liệu {crop}",
            "cơ giới hóa đồng ruộng", "phòng chống {hazard}"),
    "ctx": (
        "{Village} có {n2} hộ [trồng|sản xuất] {crop}, [phần lớn|đa số] [canh tác nhỏ lẻ|chưa liên kết với doanh nghiệp] [cho đến khi|trước khi] {unit} ra đời.",
        "[Vụ này|Năm nay], [thời tiết|nguồn nước] [tương đối thuận lợi|diễn biến thất thường], [sâu bệnh|dịch hại] [xuất hiện rải rác|được kiểm soát tốt] [trên|ở] các cánh đồng của {place}.",
        "[Trước đây|Nhiều năm trước], [đất ở|vùng đất] {village} [chủ yếu trồng lúa|bị bỏ hoang một phần] [nhưng|song] [hiệu quả thấp|thu nhập bấp bênh] do {@prob}.",
        "[Thực hiện|Triển khai] {doc}, {place} [quy hoạch|định hướng] [vùng sản xuất|vùng chuyên canh] {crop} [tập trung|quy mô] {n2} ha.",
    ),
    "det": (
        "[Mỗi héc-ta|Bình quân mỗi công] {crop} [cho|đem lại] [thu nhập|lợi nhuận] từ {n2} triệu đồng [mỗi năm|mỗi vụ], [gấp {k} lần|cao hơn hẳn] trồng lúa.",
        "Thương lái [thu mua|đến tận ruộng thu mua] lúa tươi [tại ruộng|] với giá từ {price} mỗi ký, [tăng|cao hơn] [khoảng|] {n2} đồng so với [vụ trước|đầu vụ].",
        "{Unit} [hiện có|đã phát triển được] {n1} thành viên, [diện tích liên kết|vùng sản xuất] [đạt|hơn] {n2} ha, [được cấp|đã có] {k} mã số vùng trồng.",
        "[Tại buổi hội thảo|Tại ruộng mẫu], [cán bộ kỹ thuật|kỹ sư nông nghiệp] [hướng dẫn|giới thiệu] [quy trình bón phân cân đối|cách sử dụng chế phẩm sinh học|kỹ thuật tưới tiết kiệm] [cho|với] {n2} nông dân {village} và {village2}.",
        "[Nhà nước|Dự án] [hỗ trợ|đã hỗ trợ] [giống|phân bón|chi phí máy móc] [với tổng kinh phí|trị giá] {n3} triệu đồng cho [các hộ tham gia|{n2} hộ].",
    ),
    "res": (
        "[Toàn|Cả] {place} [xuống giống|gieo sạ] {n3} ha {rice}, [đến nay đã thu hoạch|hiện thu hoạch được] {p2}% diện tích.",
        "[Năng suất|Sản lượng] {rice} [vụ này|năm nay] [bình quân|ước] đạt {n1} tạ/ha, [tăng|cao hơn] {k} tạ so với [cùng kỳ|vụ trước].",
        "Nhờ [áp dụng quy trình “1 phải 5 giảm”|sạ thưa, bón phân cân đối], chi phí [đầu tư|sản xuất] giảm [khoảng|] {n1} triệu đồng mỗi héc-ta.",
        "[Tổng sản lượng|Sản lượng] {crop} [tiêu thụ qua hợp đồng|qua hợp tác xã] [năm qua|vụ vừa qua] [đạt|trên] {n3} tấn, [giá bán cao hơn thị trường|ổn định suốt vụ].",
        "[Tỷ lệ cơ giới hóa|Cơ giới hóa] [khâu thu hoạch|khâu làm đất] trên địa bàn [đạt|đã đạt] {p2}%.",
    ),
    "qoff": (
        "[Điều chúng tôi mong nhất|Cái khó nhất] là [đầu ra ổn định|doanh nghiệp đồng hành lâu dài], [có|được] hợp đồng thì nông dân mới [dám|yên tâm] đầu tư",
        "Ngành nông nghiệp [sẽ|tiếp tục] [hỗ trợ|đồng hành cùng] nông dân [chuyển đổi|nâng chất] [vùng trồng|sản xuất] theo hướng [an toàn|hữu cơ], gắn với [mã số vùng trồng|truy xuất nguồn gốc]",
        "Vụ này [bà con|nông dân] [tuân thủ|làm đúng] [lịch thời vụ|khuyến cáo của ngành] nên [ít sâu bệnh|giảm thiệt hại] đáng kể",
        "[Chúng tôi|Địa phương] [khuyến cáo|đề nghị] bà con [không chạy theo phong trào|không ồ ạt mở rộng diện tích], [trồng gì|sản xuất gì] cũng phải [tính đến|tìm hiểu] thị trường",
    ),
    "qres": (
        "Vụ này [lúa ít sâu bệnh|trời thuận], năng suất cao nên [gia đình|nhà tôi] [có lãi hơn mọi năm|lãi được hơn {n1} triệu đồng]",
        "Trước [nhà tôi|tôi] trồng lúa [quanh năm|ba vụ] [mà|nhưng] [vẫn thiếu trước hụt sau|lãi chẳng bao nhiêu], từ khi chuyển sang {crop} [cuộc sống khá hơn hẳn|mới có của ăn của để]",
        "Có hợp tác xã [bao tiêu|lo đầu ra] rồi, [bà con|chúng tôi] [chỉ lo chăm sóc|yên tâm sản xuất], không [sợ|lo] [bị thương lái ép giá|rớt giá] như trước",
        "[Làm theo|Áp dụng] hướng dẫn của cán bộ khuyến nông, [chi phí phân thuốc|tiền phân bón] giảm [gần một nửa|nhiều] mà [cây vẫn tốt|năng suất không giảm]",
    ),
    "prob": ("giá vật tư đầu vào [tăng cao|biến động mạnh]", "[thiếu lao động thời vụ|lao động trẻ rời quê đi làm xa]",
             "{hazard} [diễn biến phức tạp|ngày càng khó lường]", "[đầu ra|giá bán] [chưa ổn định|còn phụ thuộc thương lái]",
             "[sản xuất|diện tích canh tác] [còn manh mún|nhỏ lẻ]", "[hạ tầng thủy lợi|hệ thống kênh mương] [xuống cấp|chưa đồng bộ]"),
    "meas": ("[hỗ trợ|tiếp tục hỗ trợ] giống, phân bón [cho nông dân|cho các hộ khó khăn]",
             "mở rộng [vùng nguyên liệu|vùng trồng] [đạt chuẩn|có mã số] [gắn với|phục vụ] xuất khẩu",
             "[kêu gọi|thu hút] doanh nghiệp đầu tư [chế biến sâu|kho lạnh, sơ chế]",
             "[củng cố|nâng chất] hoạt động của [các hợp tác xã|tổ hợp tác] [để|nhằm] [liên kết|tiêu thụ] [hiệu quả|ổn định]",
             "[theo dõi|bám sát] diễn biến thời tiết, [chủ động|sẵn sàng] phương án phòng chống {hazard}",
             "[nạo vét|kiên cố hóa] [kênh mương|hệ thống thủy lợi] [nội đồng|trước mùa khô]"),
    "photo": (
        "Máy gặt đập liên hợp [thu hoạch|hoạt động] [hết công suất|liên tục] trên cánh đồng {village}.",
        "{Res} [thu hoạch|chăm sóc] vườn {crop} [của gia đình|đã cho trái].",
        "Thành viên {unit} [phân loại|đóng gói] [nông sản|{crop}] [trước khi giao cho doanh nghiệp|để kịp giao hàng].",
    ),
}

LEXICON["giao_thong"] = {
    "roles": ("Giám đốc Ban Quản lý dự án đầu tư xây dựng {prov}", "Phó Giám đốc Sở Xây dựng {prov}", "Chủ tịch UBND {place}",
              "Trưởng phòng Cảnh sát giao thông Công an {prov}", "Đội trưởng Đội Cảnh sát giao thông số {k}"),
    "units": ("Công ty TNHH Xây dựng {Village_name}", "Công ty Cổ phần Đầu tư - Xây dựng {Village_name}",
              "Đội Cảnh sát giao thông số {k}"),
    "titles": (
        "[Thông xe|Khánh thành] cầu [nối|qua] {village} [với|và] {village2}",
        "[Đường|Tuyến đường] [vào|qua] {village} [sắp về đích|đã thông]",
        "[Xử lý|Lập biên bản] {n2} [trường hợp|phương tiện] vi phạm [nồng độ cồn|tốc độ] tại {place}",
    ),
    "leads": (
        "{boss} kiểm tra tiến độ [dự án nâng cấp, mở rộng tuyến đường tỉnh|gói thầu xây dựng cầu] đoạn qua {place}.",
        "UBND {place} [khánh thành|đưa vào sử dụng] cầu [bê tông|giao thông nông thôn] nối {village} với {village2}, [tổng vốn đầu tư|kinh phí xây dựng] {n1} tỷ đồng.",
        "lực lượng cảnh sát giao thông {prov} [ra quân|triển khai] [đợt cao điểm|kế hoạch] bảo đảm trật tự an toàn giao thông [trên các tuyến qua {place}|dịp cuối năm].",
        "{unit} [thi công|triển khai] [gói thầu|hạng mục] [mở rộng|nâng cấp] đường [vào|qua] {village}, [chiều dài|dài] {n1} km.",
    ),
    "sums": (
        "Tuyến đường qua {place} [dự kiến|phấn đấu] thông xe [kỹ thuật|] trong {month} năm {next}, [nối|kết nối] các vùng sản xuất [của {prov}|].",
        "Cây cầu mới giúp {n3} [hộ dân|người dân] {village} đi lại thuận tiện, [vận chuyển nông sản|học sinh đến trường] [dễ dàng hơn|an toàn hơn].",
        "Qua [đợt cao điểm|{n1} ngày ra quân], lực lượng chức năng {prov} [xử lý|lập biên bản] {n3} trường hợp vi phạm.",
    ),
    "act": ("việc thi công tuyến đường", "công tác giải phóng mặt bằng", "việc bảo đảm trật tự an toàn giao thông",
            "việc xây dựng cầu nông thôn", "công tác bảo trì đường bộ"),
    "ctx": (
        "[Tuyến đường|Đoạn đường] qua {village} [xuống cấp nhiều năm|nhỏ hẹp, nhiều ổ gà], [mùa mưa lầy lội|xe tải lớn không vào được], [gây khó khăn cho|ảnh hưởng đến] việc đi lại của {n3} người dân.",
        "[Dự án|Công trình] được [khởi công|triển khai] [từ {month} năm {year}|từ năm trước] [với tổng mức đầu tư|có tổng vốn] {n2} tỷ đồng, [do {unit} thi công|từ nguồn ngân sách tỉnh].",
        "[Trước khi có cầu|Nhiều năm qua], người dân {village} [phải đi đò|phải đi vòng hơn {n4} km] [mới ra được|để đến] [trung tâm {place}|chợ và trường học].",
        "[Dịp cuối năm|Những tháng cuối năm], lưu lượng phương tiện [qua|trên] các tuyến [quốc lộ|đường tỉnh] qua {place} [tăng mạnh|tăng {p1}%], [nguy cơ tai nạn|tình trạng ùn tắc] [gia tăng|xảy ra thường xuyên].",
    ),
    "det": (
        "Tuyến đường [dài|có chiều dài] {n1} km, mặt đường rộng {n4} m, [kết cấu bê tông nhựa|được thảm nhựa], [có|gồm] {k} cầu [trên tuyến|vượt kênh].",
        "Cầu [dài|có chiều dài] {n2} m, [rộng|mặt cầu rộng] {k} m, tải trọng {n4} tấn, thay thế cây cầu [sắt|gỗ] [đã xuống cấp|tồn tại hơn {n4} năm].",
        "[Đến nay|Hiện], [khối lượng thi công|công trình] đạt khoảng {p2}% [giá trị hợp đồng|kế hoạch], {unit} [đang huy động thêm|tăng cường] [máy móc, nhân lực|{n1} đầu máy] để [tăng ca|thi công cả ngày lẫn đêm].",
        "[Trong đợt cao điểm|Qua {n1} ngày ra quân], [tổ công tác|lực lượng chức năng] [đã|] lập biên bản {n3} trường hợp vi phạm, tạm giữ {n2} phương tiện, [nộp ngân sách|xử phạt] {n2} triệu đồng.",
        "[Có|Đã có] {n2} hộ [tự nguyện|đồng thuận] [hiến đất|bàn giao mặt bằng], [tháo dỡ|di dời] [hàng rào, công trình phụ|cây trái] [để|cho] [mở rộng đường|thi công] mà không [đòi hỏi bồi thường|kèo nài]."
    ),
    "res": (
        "[Địa phương|{Place}] [đã|] bàn giao {p2}% mặt bằng sạch, [phần còn lại|{n1} hộ còn lại] [đang được vận động|dự kiến bàn giao trong {later}].",
        "[Các lỗi vi phạm|Vi phạm] [chủ yếu|phổ biến] là [điều khiển phương tiện khi trong máu có nồng độ cồn|chạy quá tốc độ|không đội mũ bảo hiểm], [chiếm|khoảng] {p2}% [số trường hợp|tổng số vụ].",
        "[So với cùng kỳ|So với năm trước], [số vụ tai nạn giao thông|tai nạn] trên địa bàn giảm {p1}%, [số người chết|số người bị thương] giảm {k} người.",
        "Khi hoàn thành, [tuyến đường|cây cầu] [rút ngắn thời gian đi lại từ {village} ra trung tâm {place} còn khoảng {n4} phút|rút ngắn quãng đường từ {village} đến trung tâm {place} khoảng {n4} km].",
    ),
    "qoff": (
        "[Khó khăn lớn nhất|Vướng mắc lớn nhất] hiện nay là nguồn [cát đắp nền|vật liệu] [chưa đáp ứng kịp|khan hiếm], [nhà thầu|chủ đầu tư] đang [tìm thêm mỏ|làm việc với các nhà cung cấp]",
        "Nhà thầu [cam kết|đã cam kết] [hoàn thành|thông xe] [đúng tiến độ|trước {month} năm {next}], [chất lượng|an toàn] phải đặt lên hàng đầu",
        "[Lực lượng chức năng|Cảnh sát giao thông] [sẽ xử lý nghiêm|không có vùng cấm, không nể nang] [mọi|các] trường hợp vi phạm, [nhất là|đặc biệt là] [vi phạm nồng độ cồn|chở hàng quá tải]",
        "[Nhờ|Có được] sự đồng thuận của [người dân|bà con] nên [mặt bằng|công trình] [được bàn giao sớm|triển khai thuận lợi] hơn dự kiến",
    ),
    "qres": (
        "Có cầu rồi, [học sinh|mấy đứa nhỏ] đi học [không phải qua đò|an toàn hơn], [bà con|tôi] [chở nông sản ra chợ|đi làm] cũng [nhanh hơn|đỡ vất vả]",
        "Đường [mở rộng|làm mới] xong, [xe tải vào tận nhà|thương lái vào tận vườn] [mua hàng|thu mua], giá bán cũng [được hơn|cao hơn]",
        "Gia đình tôi [hiến|góp] [gần|hơn] {n2} m² đất [làm đường|mở đường], [thấy con đường|nhìn con đường] [khang trang|đẹp] [vậy|như vầy] là vui rồi",
    ),
    "prob": ("nguồn [cát đắp nền|vật liệu xây dựng] khan hiếm", "[một số hộ|{n1} hộ] chưa đồng thuận [với phương án bồi thường|bàn giao mặt bằng]",
             "[thời tiết mưa nhiều|mưa kéo dài] [ảnh hưởng đến thi công|làm chậm tiến độ]", "[nhà thầu|một số nhà thầu] [huy động máy móc|bố trí nhân lực] chưa đủ",
             "[xe quá tải|phương tiện quá tải] [lưu thông|chạy] [làm hư hỏng mặt đường|gây hư hỏng công trình]"),
    "meas": ("[bảo đảm|giám sát chặt] chất lượng công trình, an toàn lao động [và vệ sinh môi trường|trong quá trình thi công]",
             "[đẩy nhanh|khẩn trương hoàn tất] [công tác|việc] bồi thường, giải phóng mặt bằng",
             "[rà soát|khắc phục kịp thời] các điểm đen [tiềm ẩn nguy cơ tai nạn|về tai nạn giao thông]",
             "[tăng cường|duy trì] tuần tra, kiểm soát [vào ban đêm|trên các tuyến trọng điểm]",
             "[bố trí|ưu tiên] vốn [để|cho] [hoàn thành dứt điểm|thanh toán khối lượng] [công trình|các hạng mục còn lại]"),
    "photo": (
        "[Công nhân|Nhà thầu] [thảm nhựa|thi công] [mặt đường|nền đường] [đoạn qua|tại] {village}.",
        "[Cây cầu mới|Cầu] [nối|bắc qua] {village} [với|và] {village2} [đã hoàn thành|sắp đưa vào sử dụng].",
        "Cảnh sát giao thông [kiểm tra nồng độ cồn|hướng dẫn] người điều khiển phương tiện [trên tuyến qua|tại] {place}.",
    ),
}

LEXICON["y_te"] = {
    "roles": ("Giám đốc Sở Y tế {prov}", "Giám đốc {unit}", "Phó Giám đốc Trung tâm Kiểm soát bệnh tật {prov}",
              "Trưởng Trạm Y tế {place}", "bác sĩ Khoa Hồi sức tích cực, {unit}"),
    "units": ("Trung tâm Y tế khu vực {Village_name}", "Bệnh viện Đa khoa khu vực {Village_name}"),
    "titles": (
        "[Cứu sống|Can thiệp kịp thời cho] bệnh nhân [đột quỵ|nhồi máu cơ tim] [tại|ở] {unit}",
        "[Khám bệnh|Khám sàng lọc], [cấp thuốc miễn phí|tư vấn sức khỏe] cho {n2} người dân {village}",
        "{Place} [ghi nhận|xuất hiện] ổ dịch sốt xuất huyết [tại|ở] {village}",
    ),
    "leads": (
        "{Org} {prov} [ra quân|phát động] chiến dịch diệt lăng quăng phòng chống sốt xuất huyết tại {village}, {place}.",
        "{unit} [vừa|] cứu sống [một|] bệnh nhân [{n1} tuổi|nam {n1} tuổi] [bị đột quỵ|nhồi máu não] nhờ can thiệp kịp thời trong giờ vàng.",
        "[đoàn y, bác sĩ tình nguyện|{Org} {prov}] [khám bệnh, cấp thuốc miễn phí|khám sàng lọc] cho {n3} người dân {place}[, chủ yếu là người cao tuổi|].",
        "{unit} [đưa vào sử dụng|tiếp nhận] [hệ thống chụp cắt lớp|máy chạy thận nhân tạo|khu điều trị mới] [trị giá|có tổng kinh phí] {n1} tỷ đồng.",
    ),
    "sums": (
        "Số ca mắc sốt xuất huyết tại {place} [tăng|có xu hướng tăng] {p1}%, ngành y tế [khuyến cáo|đề nghị] người dân chủ động phòng bệnh.",
        "Bệnh nhân được [can thiệp|điều trị] kịp thời tại {unit}, [sức khỏe hồi phục tốt|đã xuất viện] sau {k} ngày.",
        "[Hơn|Gần] {n3} người dân {place} được [khám|tầm soát] [bệnh không lây nhiễm|sức khỏe] và nhận thuốc miễn phí.",
    ),
    "act": ("công tác phòng chống dịch bệnh", "việc khám chữa bệnh ở tuyến cơ sở", "công tác tiêm chủng mở rộng",
            "việc chăm sóc sức khỏe người cao tuổi", "việc điều trị đột quỵ"),
    "ctx": (
        "[Những tuần gần đây|Từ đầu mùa mưa], [số ca sốt xuất huyết|bệnh nhân sốt xuất huyết] [nhập viện|ghi nhận] tại {place} [tăng nhanh|tăng rõ rệt], [tập trung ở|nhiều nhất ở] {village} và {village2}.",
        "{Unit} [phụ trách|chăm sóc sức khỏe cho] [khoảng|hơn] {n3} người dân, [mỗi ngày tiếp nhận|trung bình mỗi ngày khám cho] {n2} lượt bệnh nhân.",
        "[Trước đây|Vài năm trước], bệnh nhân [đột quỵ|nặng] ở {place} [phải chuyển lên tuyến trên|phải chuyển viện] [mất nhiều giờ|cách hơn {n4} km], [bỏ lỡ|mất] thời gian vàng điều trị.",
        "[Chương trình|Đợt khám] [do {Org} {prov} phối hợp với|được tổ chức bởi] [các nhà hảo tâm|{unit}] [tổ chức|thực hiện], [hướng đến|ưu tiên] người cao tuổi, [gia đình chính sách|hộ nghèo].",
    ),
    "det": (
        "Bệnh nhân [là|tên] {res} [nhập viện|được đưa vào viện] [trong tình trạng|với biểu hiện] [yếu nửa người, nói khó|đau ngực dữ dội|hôn mê], [các bác sĩ|ê kíp trực] [nhanh chóng|lập tức] kích hoạt quy trình báo động đỏ.",
        "[Sau|Chỉ sau] {n1} phút [can thiệp|cấp cứu], [mạch máu được tái thông|bệnh nhân qua cơn nguy kịch], [hiện|sau {k} ngày] [đã tự đi lại|sức khỏe ổn định] [và được xuất viện|].",
        "[Mỗi người dân|Người dân] đến khám được [đo huyết áp, xét nghiệm đường huyết|siêu âm, điện tim], [tư vấn dinh dưỡng|tư vấn sức khỏe] và nhận thuốc [điều trị {k} ngày|miễn phí].",
        "[Lực lượng|{n2} cán bộ, đoàn viên] [ra quân|xuống từng hộ] [thu gom|loại bỏ] [vật dụng phế thải|dụng cụ chứa nước], [phun hóa chất diệt muỗi|hướng dẫn người dân đậy kín lu, khạp] tại {n2} hộ [ở {village}|].",
        "[Trung tâm Kiểm soát bệnh tật {prov}|Ngành y tế] [đã|] cấp [hóa chất, máy phun|{n1} máy phun và {n2} lít hóa chất] cho [các ổ dịch|các địa phương có ổ dịch].",
    ),
    "res": (
        "Từ đầu năm [đến nay|], [toàn tỉnh|{place}] ghi nhận {n3} ca mắc sốt xuất huyết, [tăng|giảm] {p1}% so với cùng kỳ, [chưa có ca tử vong|{k} ca tử vong].",
        "Tỷ lệ trẻ em dưới một tuổi được tiêm chủng đầy đủ các loại vắc xin đạt {p2}%, [vượt chỉ tiêu đề ra|cao hơn năm trước].",
        "[Năm qua|Từ khi triển khai kỹ thuật], {unit} [đã|] [can thiệp thành công|điều trị] cho {n2} ca [đột quỵ|tim mạch], [tỷ lệ hồi phục|khỏi bệnh] [trên|đạt] {p2}%.",
        "[Chương trình|Đợt khám] [đã|] [phát hiện|tầm soát] {n2} trường hợp [tăng huyết áp|đái tháo đường|bệnh lý mắt] [chưa được điều trị|cần theo dõi], [chuyển|giới thiệu] {n1} ca lên tuyến trên.",
    ),
    "qoff": (
        "Đột quỵ [có thể phòng ngừa|phòng được] nếu [kiểm soát tốt huyết áp, đường huyết|khám sức khỏe định kỳ]; khi có dấu hiệu thì phải [đến bệnh viện ngay|gọi cấp cứu ngay], [đừng|không] [chờ đợi|tự điều trị ở nhà]",
        "Muốn [diệt|phòng] sốt xuất huyết thì [trước hết|trước tiên] phải [diệt lăng quăng|không để muỗi có chỗ đẻ trứng], việc này [mỗi gia đình|từng hộ dân] [đều làm được|phải tự làm]",
        "Có [máy móc|trang thiết bị] hiện đại, [người dân|bà con] [được điều trị ngay tại địa phương|không phải chuyển viện], [giảm được|tiết kiệm] [chi phí|thời gian] [rất nhiều|đáng kể]",
        "[Y tế cơ sở|Trạm y tế] là [tuyến đầu|nơi gần dân nhất], [làm tốt|giữ vững] tuyến này thì [bệnh viện tuyến trên bớt quá tải|người dân được chăm sóc sớm]",
    ),
    "qres": (
        "Lâu nay [tôi|mẹ tôi] [bị huyết áp cao|đau khớp] mà [ngại đi khám xa|không có tiền đi khám], [nay|hôm nay] được [bác sĩ về tận xã khám|khám và cho thuốc] [mừng lắm|thấy yên tâm]",
        "[Nhờ|May mà] [các bác sĩ|bệnh viện] [cấp cứu kịp|xử trí nhanh], [chồng tôi|ba tôi] [mới qua khỏi|giờ đã đi lại được]",
        "[Nhà tôi|Gia đình tôi] [súc rửa lu, khạp|dọn dẹp quanh nhà] [mỗi tuần|thường xuyên] [nên|thành ra] [ít muỗi hẳn|không còn lăng quăng]",
    ),
    "prob": ("[tình trạng|số ca] sốt xuất huyết [ở trẻ em|tăng nhanh]", "[một bộ phận người dân|nhiều hộ] còn [chủ quan|tự ý điều trị tại nhà]",
             "[nhân lực y tế cơ sở|bác sĩ ở tuyến xã] còn thiếu", "[trang thiết bị|máy móc] [ở trạm y tế|tuyến cơ sở] [cũ|chưa đáp ứng nhu cầu]",
             "[nguồn vắc xin|thuốc điều trị] [có lúc chưa kịp thời|cung ứng chậm]"),
    "meas": ("[giám sát chặt|theo dõi sát] [các ổ dịch|tình hình dịch bệnh], [xử lý|khoanh vùng] [triệt để|kịp thời] [ổ dịch mới|không để lây lan]",
             "[đẩy mạnh|tăng cường] truyền thông [để người dân chủ động phòng bệnh|về các dấu hiệu nhận biết đột quỵ]",
             "[đào tạo|bồi dưỡng] [nhân lực|bác sĩ] [cho tuyến cơ sở|chuyên khoa], [tiếp nhận|chuyển giao] kỹ thuật [từ tuyến trên|mới]",
             "[bảo đảm|chủ động] [đủ thuốc, vật tư|cơ số thuốc] [phục vụ khám chữa bệnh|cho các tình huống]",
             "[rà soát|tiêm bù] [cho trẻ chưa được tiêm đủ mũi|các đối tượng bỏ sót]"),
    "photo": (
        "[Bác sĩ|Y bác sĩ] {unit} [thăm khám|đo huyết áp] cho [người cao tuổi|người dân] {village}.",
        "[Nhân viên y tế|Lực lượng y tế] [phun hóa chất diệt muỗi|hướng dẫn diệt lăng quăng] tại {village}, {place}.",
        "[Ê kíp|Các bác sĩ] [can thiệp|theo dõi] [cho bệnh nhân|bệnh nhân] tại {unit}.",
    ),
}

LEXICON["giao_duc"] = {
    "roles": ("Giám đốc Sở Giáo dục và Đào tạo {prov}", "Hiệu trưởng {unit}", "Phó Chủ tịch UBND {place}",
              "Chủ tịch Hội Khuyến học {place}", "Phó Giám đốc Sở Giáo dục và Đào tạo {prov}"),
    "units": ("Trường Tiểu học {Village_name}", "Trường THCS {Village_name}", "Trường Mầm non {Village_name}",
              "Trường THPT {Village_name}"),
    "titles": (
        "{Unit} [đón nhận|đạt] chuẩn quốc gia [mức độ {k}|]",
        "Trao {n2} suất học bổng [cho học sinh|tiếp sức học sinh] {place}",
        "[Điểm trường|Trường] {village} [có|khánh thành] [phòng học mới|dãy phòng học mới]",
    ),
    "leads": (
        "{Org} {prov} [trao|tổ chức trao] {n2} suất học bổng cho học sinh [có hoàn cảnh khó khăn|vượt khó học giỏi] tại {place}.",
        "UBND {place} khánh thành [công trình|dãy phòng học] {unit} với {n1} phòng học, [tổng vốn đầu tư|kinh phí] hơn {n1} tỷ đồng.",
        "{unit} [đón nhận|tổ chức lễ đón nhận] bằng công nhận trường đạt chuẩn quốc gia [mức độ {k}|].",
        "{Org} {prov} [tổ chức|có] [hội nghị|buổi làm việc] triển khai nhiệm vụ năm học mới [tại {place}|với các trường trên địa bàn {place}].",
    ),
    "sums": (
        "[Những suất học bổng|Các phần quà] là [nguồn động viên|sự tiếp sức] kịp thời giúp học sinh {place} [tiếp tục đến trường|vững bước trên con đường học tập].",
        "[Ngôi trường mới|Dãy phòng học mới] [khang trang|đáp ứng nhu cầu học tập] của {n2} học sinh {village} và [các {hamlet} lân cận|{village2}].",
        "{Unit} [có|đạt] tỷ lệ học sinh lên lớp {p2}%, [nhiều em đạt giải|{n1} em đạt giải] học sinh giỏi cấp tỉnh.",
    ),
    "act": ("việc nâng cao chất lượng dạy và học", "công tác khuyến học", "việc xây dựng trường chuẩn quốc gia",
            "việc dạy ngoại ngữ ở vùng nông thôn", "việc chuyển đổi số trong nhà trường"),
    "ctx": (
        "{Unit} [được thành lập|ra đời] [cách đây|từ hơn] {n4} năm, [hiện có|năm học này có] {n2} học sinh [và {n1} giáo viên|chia thành {n1} lớp].",
        "[Trước đây|Nhiều năm], [học sinh|các em] {village} [phải học trong|học tạm ở] [phòng học xuống cấp|phòng học tạm] [dột nát|chật chội], [mùa mưa|mỗi khi mưa lớn] [phải nghỉ học|nước tràn vào lớp].",
        "[Phần lớn|Đa số] học sinh [của trường|nhận học bổng] là con em [gia đình nông dân|hộ nghèo, cận nghèo], [cha mẹ đi làm ăn xa|hoàn cảnh khó khăn] nhưng [vẫn vươn lên|luôn nỗ lực] trong học tập.",
        "[Năm học này|Năm học mới], ngành giáo dục {place} [có|đón] {n3} học sinh [các cấp|từ mầm non đến trung học cơ sở], [tăng {n2} em so với năm trước|trong khi còn thiếu {n1} giáo viên].",
    ),
    "det": (
        "[Mỗi suất học bổng|Mỗi phần quà] trị giá {n1} triệu đồng[, kèm theo tập vở, đồ dùng học tập|], [được trích từ|từ nguồn] [quỹ khuyến học|sự đóng góp của các nhà hảo tâm].",
        "[Công trình|Dãy phòng học] [gồm|có] {n1} phòng học, [phòng thư viện, phòng tin học|phòng chức năng] [và|cùng] [khu vệ sinh|sân chơi] [được xây dựng|đầu tư] đồng bộ.",
        "{Kid} [mồ côi cha từ nhỏ|có cha mẹ đi làm ăn xa|sống cùng bà ngoại] [nhưng|song] [nhiều năm liền đạt học sinh giỏi|vừa đạt giải nhì môn Toán cấp tỉnh|luôn đứng đầu lớp].",
        "[Nhà trường|{Unit}] [tổ chức|duy trì] [các lớp phụ đạo miễn phí|câu lạc bộ tiếng Anh] cho {n2} học sinh, [hạn chế|không để] tình trạng học sinh bỏ học giữa chừng.",
        "[Để đạt chuẩn|Để được công nhận], {unit} [đã|] [đầu tư|nâng cấp] [cơ sở vật chất|phòng học bộ môn] [với kinh phí|tổng kinh phí] {n1} tỷ đồng [từ ngân sách và xã hội hóa|].",
    ),
    "res": (
        "Năm học vừa qua, tỷ lệ học sinh lên lớp đạt {p2}%, {n1} em [đạt giải|đoạt giải] [trong các kỳ thi học sinh giỏi|học sinh giỏi] cấp tỉnh.",
        "[Toàn|Cả] {place} [có|hiện có] {n1} trường đạt chuẩn quốc gia, [đạt|chiếm] {p2}% [tổng số trường|số trường học].",
        "[Năm qua|Từ đầu năm], Hội Khuyến học {place} [vận động|huy động] [được|] {n3} triệu đồng, [trao|tặng] {n2} suất học bổng [cho học sinh nghèo|và {n3} cuốn tập].",
        "Tỷ lệ [học sinh tốt nghiệp trung học phổ thông|học sinh vào lớp 10] của {place} đạt {p2}%, [cao hơn|tăng] {p1}% so với năm trước.",
    ),
    "qoff": (
        "[Có trường mới|Cơ sở vật chất được đầu tư], [thầy và trò|giáo viên, học sinh] [yên tâm dạy và học|có điều kiện đổi mới phương pháp], [phụ huynh|cha mẹ học sinh] cũng [tin tưởng hơn|an tâm hơn]",
        "[Ngành giáo dục|Chúng tôi] [không để|quyết không để] học sinh nào phải [bỏ học vì hoàn cảnh khó khăn|nghỉ học vì thiếu sách vở]",
        "[Đạt chuẩn|Danh hiệu] [chỉ là bước đầu|là kết quả của nhiều năm], [quan trọng|cái khó] là [giữ vững|duy trì] [và nâng chất|chất lượng] [dạy và học|trong những năm tới]",
        "[Thiếu giáo viên|Việc thiếu giáo viên] [tiếng Anh, tin học|môn chuyên biệt] vẫn là [trăn trở|khó khăn] lớn [của ngành|ở vùng nông thôn]",
    ),
    "qres": (
        "Em sẽ [cố gắng học thật giỏi|học tập thật tốt] để [không phụ lòng thầy cô và gia đình|sau này giúp đỡ lại những bạn khó khăn như em]",
        "[Phòng học mới|Trường mới] [rộng rãi, thoáng mát|có máy chiếu, có thư viện], [tụi em|học sinh] [thích lắm|ai cũng háo hức đến lớp]",
        "[Nhà em|Ba mẹ em] [khó khăn|làm thuê], [có|nhận được] suất học bổng [này|] [em có thêm tiền mua sách vở|ba mẹ đỡ lo phần nào]",
    ),
    "resq": (
        "{Kid} [xúc động|vui mừng|bẽn lẽn] [nói|chia sẻ]: “{@qres}”.",
        "“{@qres}”, {kid} [nói|chia sẻ|hồn nhiên kể].",
    ),
    "prob": ("[tình trạng thiếu giáo viên|thiếu giáo viên] [cục bộ|ở một số môn]", "cơ sở vật chất [một số điểm trường|ở vùng sâu] [xuống cấp|chưa đạt chuẩn]",
             "[học sinh bỏ học|tình trạng học sinh bỏ học] [ở các {hamlet} xa|khi cha mẹ đi làm ăn xa]", "[kinh phí|nguồn lực] [xã hội hóa|đầu tư] còn hạn chế",
             "[áp lực|khối lượng công việc] [lên giáo viên|của giáo viên] [ngày càng lớn|khi thực hiện chương trình mới]"),
    "meas": ("[tuyển dụng|bổ sung] giáo viên [còn thiếu|kịp thời], [nhất là|ưu tiên] [giáo viên tiếng Anh, tin học|các môn chuyên biệt]",
             "[huy động|vận động] [các nguồn lực xã hội hóa|doanh nghiệp, nhà hảo tâm] [để xây dựng trường lớp|hỗ trợ học sinh nghèo]",
             "[đổi mới|nâng cao chất lượng] phương pháp dạy học [gắn với chuyển đổi số|theo chương trình mới]",
             "[tăng cường|chú trọng] giáo dục kỹ năng sống, [phòng chống bạo lực học đường|an toàn cho học sinh]",
             "[duy trì|giữ vững] [kết quả phổ cập giáo dục|sĩ số học sinh], [vận động|đưa] học sinh bỏ học trở lại lớp"),
    "photo": (
        "[Học sinh|Các em học sinh] {unit} [trong giờ học|trong giờ ra chơi] [tại|ở] [phòng học mới|sân trường].",
        "[Trao học bổng|Trao quà] cho [học sinh|các em] [có hoàn cảnh khó khăn|vượt khó học giỏi] {place}.",
        "[Đại biểu|Lãnh đạo {place}] [cắt băng khánh thành|tham quan] [công trình|phòng học mới] {unit}.",
    ),
}

LEXICON["nong_thon_moi"] = {
    "roles": ("Chánh Văn phòng Điều phối nông thôn mới {prov}", "Chủ tịch UBND {place}", "Bí thư Đảng ủy {place}",
              "Chủ tịch Ủy ban MTTQ Việt Nam {place}", "Trưởng {village}"),
    "units": ("Ban Nhân dân {village}", "Chi hội Nông dân {village}", "Tổ tự quản {village}"),
    "titles": (
        "[Người dân|Bà con] {village} [góp đất, góp công|hiến đất] làm đường",
        "{Village} [về đích|đạt chuẩn] khu dân cư nông thôn mới kiểu mẫu",
        "{Place} [hoàn thành|đạt] {n4} tiêu chí nông thôn mới nâng cao",
    ),
    "leads": (
        "UBND {place} tổ chức lễ đón nhận bằng công nhận đạt chuẩn nông thôn mới [nâng cao|kiểu mẫu] [năm {year}|].",
        "{Org} {prov} kiểm tra kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tại {place}.",
        "[phong trào|cuộc vận động] hiến đất làm đường ở {village}, {place} [được người dân đồng tình hưởng ứng|thu hút {n2} hộ tham gia].",
        "{village} [khánh thành|đưa vào sử dụng] [tuyến đường|tuyến đường hoa] [dài|có chiều dài] {n1} km do [người dân|nhân dân và nhà nước] cùng làm.",
    ),
    "sums": (
        "Diện mạo [nông thôn|vùng quê] {place} [ngày càng khởi sắc|đổi thay rõ rệt], thu nhập bình quân [đạt|lên] {inc} triệu đồng mỗi năm.",
        "[Người dân|Bà con] {village} [hiến|góp] {n3} m² đất [và ngày công|] [để|] [mở rộng|làm mới] {n1} km đường giao thông.",
        "{Place} [đạt|hoàn thành] {n4} [tiêu chí|chỉ tiêu] [nâng cao|kiểu mẫu], [huy động|với] {n2} tỷ đồng [từ nhân dân|cho chương trình].",
    ),
    "act": ("xây dựng nông thôn mới", "việc nâng chất các tiêu chí nông thôn mới", "phong trào hiến đất làm đường",
            "việc xây dựng khu dân cư kiểu mẫu", "công tác bảo vệ môi trường nông thôn"),
    "ctx": (
        "[Mười năm trước|Trước đây], {village} [còn là|vốn là] [vùng khó khăn|{hamlet} nghèo] [của {place}|], [đường sá lầy lội|thiếu điện, thiếu nước sạch], [hộ nghèo chiếm gần {p1}%|nhiều hộ phải đi làm thuê].",
        "[Bắt đầu từ|Từ] {doc}, {place} [chọn|xác định] [giao thông nông thôn|tiêu chí môi trường] là [khâu đột phá|việc làm trước], [vận động|giao cho] [từng {hamlet}|các đoàn thể] [tự đăng ký|nhận] phần việc.",
        "{Place} [được công nhận|đạt chuẩn] nông thôn mới [từ vài năm trước|cách đây {k} năm], [nhưng|song] [một số tiêu chí|tiêu chí thu nhập và môi trường] [chưa bền vững|cần tiếp tục nâng chất].",
    ),
    "det": (
        "[Có|Đã có] {n2} hộ [tự nguyện|] hiến {n3} m² đất, [tháo dỡ|di dời] [hàng rào, cây trái|công trình phụ] [để|] mở rộng [tuyến đường|con đường] [qua {village}|liên {hamlet}] mà không [đòi hỏi bồi thường|nhận tiền].",
        "[Các tuyến đường hoa|Tuyến đường xanh - sạch - đẹp] [dài|có chiều dài] {n1} km [do|được] [Hội Phụ nữ|Đoàn Thanh niên|Hội Cựu chiến binh] {place} [đảm nhận|chăm sóc] [đã|] tạo cảnh quan [khang trang|sáng - xanh - sạch - đẹp] [cho vùng quê|].",
        "{Unit} [tổ chức|duy trì] [mô hình|phong trào] [phân loại rác thải tại nguồn|“Ngày Chủ nhật xanh”] [với|có] {n2} hộ tham gia, [mỗi tháng thu gom|mỗi tuần xử lý] {n1} tấn rác.",
        "[Địa phương|{Place}] [đã|] xây dựng [được|] {n1} sản phẩm OCOP [đạt từ 3 sao trở lên|đạt 3 sao và 4 sao], [trong đó có|nổi bật là] [sản phẩm {crop}|{crop} sấy dẻo] của {village}.",
    ),
    "res": (
        "Sau {n1} năm triển khai, [toàn|cả] {place} huy động hơn {n2} tỷ đồng cho chương trình, trong đó [nhân dân đóng góp|người dân góp] trên {p1}%.",
        "Thu nhập bình quân đầu người [đạt|tăng lên] {inc} triệu đồng mỗi năm, tỷ lệ hộ nghèo [giảm còn|chỉ còn] {p1}%.",
        "[Hệ thống|Toàn bộ] [đường giao thông nông thôn|đường liên {hamlet}] [đã được|được] [bê tông hóa|cứng hóa] {p2}%, [{n2} hộ|{p2}% hộ dân] [sử dụng nước sạch|có nhà vệ sinh hợp chuẩn].",
        "{Village} [hiện có|đã có] {p2}% hộ [đạt danh hiệu gia đình văn hóa|tham gia tổ tự quản về môi trường], [không còn|chỉ còn {k}] hộ nghèo.",
    ),
    "qoff": (
        "Nông thôn mới [không có điểm dừng|là quá trình lâu dài], [đạt chuẩn rồi|về đích rồi] [thì|] [phải giữ|phải tiếp tục nâng chất], [không|tránh] [chạy theo thành tích|làm cho có]",
        "[Cái được lớn nhất|Điều quý nhất] là [người dân|bà con] [đồng lòng|tự nguyện] [góp đất, góp công|cùng làm], [dân biết, dân bàn, dân làm|tiền nhà nước chỉ là hỗ trợ]",
        "[Tiêu chí khó nhất|Cái khó nhất] [hiện nay|với {place}] là [thu nhập|môi trường], [phải|cần] [gắn với|đi đôi với] [phát triển sản xuất|thay đổi thói quen của người dân]",
    ),
    "qres": (
        "Đường sá sạch đẹp, có điện, có nước sạch, cuộc sống bây giờ [khác xa|khác hẳn] [trước đây|mười năm trước]",
        "[Nhà tôi|Gia đình tôi] [hiến|góp] [hơn|gần] {n2} m² đất, [nghĩ cho con cháu sau này|đường rộng thì cả xóm được nhờ] nên [không tiếc|vui lòng]",
        "[Giờ|Bây giờ] [xe cộ vào tận nhà|có đường hoa trước ngõ], [con cháu về quê|khách đến chơi] ai cũng khen",
    ),
    "prob": ("[tiêu chí thu nhập|thu nhập của người dân] [chưa bền vững|tăng chậm]", "[rác thải|ô nhiễm môi trường] [ở khu dân cư|nông thôn] [chưa được xử lý triệt để|còn diễn ra]",
             "[nguồn vốn|vốn đối ứng] [của địa phương|cho chương trình] còn hạn chế", "[một số công trình|một số tuyến đường] [xuống cấp|chưa được duy tu]",
             "[tâm lý|tư tưởng] trông chờ, ỷ lại [vào nhà nước|của một bộ phận người dân]"),
    "meas": ("[nâng chất|duy trì] các tiêu chí [đã đạt|nông thôn mới], [nhất là|ưu tiên] tiêu chí [thu nhập|môi trường]",
             "[phát triển|hỗ trợ] [sản phẩm OCOP|các mô hình sản xuất hiệu quả] [gắn với|để] [nâng thu nhập|du lịch nông thôn]",
             "[phát huy|đề cao] vai trò [của Mặt trận và các đoàn thể|chủ thể của người dân] [trong|khi] [xây dựng nông thôn mới|thực hiện các phần việc]",
             "[duy tu|bảo dưỡng] [các công trình|đường giao thông] [đã đầu tư|sau khi đưa vào sử dụng]",
             "[nhân rộng|phát triển] mô hình [phân loại rác tại nguồn|khu dân cư kiểu mẫu] [ra các {hamlet}|trên toàn {place}]"),
    "photo": (
        "Tuyến đường hoa [do|của] [hội viên phụ nữ|đoàn viên thanh niên] {village} [chăm sóc|trồng].",
        "[Người dân|Bà con] {village} [cùng|chung tay] [làm đường|đổ bê tông] [mở rộng lối đi|trước ngõ].",
        "[Sản phẩm OCOP|Sản phẩm {crop}] của {place} [được giới thiệu|trưng bày] [tại hội chợ|trong ngày hội].",
    ),
}

LEXICON["chuyen_doi_so"] = {
    "roles": ("Giám đốc Sở Khoa học và Công nghệ {prov}", "Giám đốc Trung tâm Phục vụ hành chính công {prov}", "Phó Chủ tịch UBND {place}",
              "Tổ trưởng tổ công nghệ số cộng đồng {village}", "Bí thư Đoàn {place}"),
    "units": ("tổ công nghệ số cộng đồng {village}", "Trung tâm Phục vụ hành chính công {place}", "Đoàn Thanh niên {place}"),
    "titles": (
        "[Tổ công nghệ số|Đoàn viên] [gõ cửa từng nhà|đến từng hộ] ở {village}",
        "{Place} [đạt|có] {p2}% hồ sơ [trực tuyến toàn trình|nộp trực tuyến]",
        "[Tiểu thương|Chợ] {place} [chuyển sang|quen dần với] thanh toán [bằng mã QR|không dùng tiền mặt]",
    ),
    "leads": (
        "{Org} {prov} tổ chức hội nghị đánh giá kết quả thực hiện chuyển đổi số [và|gắn với] đề án phát triển dữ liệu dân cư [tại {place}|].",
        "UBND {place} ra mắt {n1} tổ công nghệ số cộng đồng [hỗ trợ|giúp] người dân sử dụng dịch vụ công trực tuyến.",
        "{unit} [ra quân|triển khai] [chiến dịch|đợt cao điểm] “Bình dân học vụ số” [tại|ở] {village} và {village2}.",
        "[ban quản lý chợ|tiểu thương] {place} [triển khai|hưởng ứng] mô hình “Chợ 4.0” với {n2} [gian hàng|tiểu thương] [đăng ký|tham gia] thanh toán bằng mã QR.",
    ),
    "sums": (
        "Tỷ lệ hồ sơ trực tuyến toàn trình của {place} [tăng|đạt] {p2}%, [tiết kiệm thời gian và chi phí|giúp người dân bớt đi lại].",
        "[Các tổ công nghệ số cộng đồng|{n2} đoàn viên] [trở thành cầu nối|giúp đưa] dịch vụ số đến [từng hộ dân|{n3} người dân] {place}.",
        "[Hơn|Gần] {p2}% tiểu thương [chợ {place}|ở {place}] đã [nhận thanh toán bằng mã QR|dùng ví điện tử].",
    ),
    "act": ("chuyển đổi số", "việc cung cấp dịch vụ công trực tuyến", "thanh toán không dùng tiền mặt",
            "phong trào “Bình dân học vụ số”", "việc số hóa hồ sơ hành chính"),
    "ctx": (
        "[Nhiều người dân|Phần lớn người dân] {village} [là nông dân lớn tuổi|chưa quen dùng điện thoại thông minh], [việc nộp hồ sơ trực tuyến|việc cài ứng dụng] [còn xa lạ|còn bỡ ngỡ] [với họ|].",
        "{Place} [hiện có|đã thành lập] {n1} tổ công nghệ số cộng đồng [với|gồm] {n2} thành viên, [chủ yếu là|nòng cốt là] [đoàn viên thanh niên|cán bộ {hamlet}, công an xã].",
        "[Thực hiện|Triển khai] {doc}, {place} [đặt mục tiêu|phấn đấu] [đến cuối năm|trong năm {next}] [có|đạt] [trên|ít nhất] {p2}% hồ sơ [được giải quyết trực tuyến|trực tuyến toàn trình].",
    ),
    "det": (
        "[Tổ viên|Các thành viên tổ] [đến từng nhà|tận nhà] hướng dẫn người dân [cài đặt ứng dụng định danh điện tử|kích hoạt tài khoản định danh mức {k}], [nộp hồ sơ|thanh toán] trực tuyến.",
        "Việc số hóa [hồ sơ|kết quả giải quyết thủ tục hành chính] giúp người dân [không phải nộp lại|không phải photo] giấy tờ [đã có trong cơ sở dữ liệu|nhiều lần].",
        "[Tại chợ|Ở chợ] {place}, [tiểu thương|người bán] [dán|treo] mã QR [tại quầy|trước sạp hàng], [người mua|khách] [chỉ cần quét mã|chuyển khoản] [là xong|trong vài giây].",
        "Trung tâm Phục vụ hành chính công {place} [bố trí|có] {k} [máy tính|quầy] [và|cùng] [đoàn viên|nhân viên] [hỗ trợ|hướng dẫn] người dân [nộp hồ sơ trực tuyến|tra cứu kết quả].",
    ),
    "res": (
        "Tỷ lệ hồ sơ thủ tục hành chính [được tiếp nhận và giải quyết|giải quyết] trực tuyến toàn trình [đạt|tăng lên] {p2}%.",
        "[Từ đầu năm|Trong {n1} tháng], [các tổ|tổ công nghệ số] [đã|] hỗ trợ {n3} [người dân|lượt người dân] [kích hoạt định danh điện tử|sử dụng dịch vụ công].",
        "[Toàn|Cả] {place} [có|đã có] {n3} [tài khoản thanh toán|người dân dùng ví điện tử], [chiếm|đạt] {p2}% số người trong độ tuổi [trưởng thành|lao động].",
        "[Lượng|Số] giao dịch không dùng tiền mặt [ở {place}|tại chợ] [tăng|đã tăng] {p1}% [so với năm trước|sau một năm].",
    ),
    "qoff": (
        "Chuyển đổi số [phải lấy người dân làm trung tâm|là để phục vụ người dân], [người dân thấy tiện|dân dùng được] thì [mới thành công|mới bền vững]",
        "[Khó nhất|Cái khó] [không phải là công nghệ|là thói quen], [bà con|người dân] [quen cầm giấy tờ đi nộp|ngại thay đổi] nên [phải kiên trì|mình phải cầm tay chỉ việc]",
        "[Chúng tôi|Tổ] [đặt mục tiêu|phấn đấu] [mỗi hộ|mỗi gia đình] có [ít nhất|tối thiểu] một người [biết dùng dịch vụ công trực tuyến|sử dụng thành thạo điện thoại thông minh]",
    ),
    "qres": (
        "[Trước|Hồi trước] [muốn làm giấy tờ|làm thủ tục] phải [lên xã mấy lần|nghỉ làm cả buổi], giờ [ngồi ở nhà|bấm điện thoại] là [nộp được|xong]",
        "[Lúc đầu|Mới đầu] tôi [sợ bấm sai|ngại lắm], [nhờ|được] [mấy bạn đoàn viên|tổ công nghệ] [chỉ tận tình|hướng dẫn mấy lần] [giờ quen rồi|giờ tự làm được]",
        "[Khách|Người mua] [quét mã|chuyển khoản] [nhanh gọn|tiện lắm], [không lo|đỡ phải] [thối tiền lẻ|nhận tiền giả]",
    ),
    "prob": ("[trình độ công nghệ|kỹ năng số] của một bộ phận người dân [còn hạn chế|chưa đáp ứng]", "đường truyền [có lúc|ở vùng sâu] [chưa ổn định|còn chập chờn]",
             "[thiết bị|máy tính] [ở cơ sở|phục vụ chuyển đổi số] [cũ|còn thiếu]", "[nguy cơ|tình trạng] lừa đảo qua mạng [khiến người dân e ngại|gia tăng]",
             "[dữ liệu|cơ sở dữ liệu] [giữa các ngành|chuyên ngành] [chưa được kết nối|chưa đồng bộ]"),
    "meas": ("[kiện toàn|hoàn thiện] [nền tảng dữ liệu dùng chung|cơ sở dữ liệu], [bảo đảm|gắn với] an toàn thông tin mạng",
             "[phát huy|nâng cao hiệu quả] [vai trò|hoạt động] của [tổ công nghệ số cộng đồng|đoàn viên thanh niên] [đến từng {hamlet}|ở cơ sở]",
             "[đầu tư|nâng cấp] hạ tầng viễn thông, [phủ sóng|mở rộng] [đến vùng sâu|các {hamlet} xa]",
             "[tuyên truyền|hướng dẫn] người dân [nhận diện|phòng tránh] [các thủ đoạn lừa đảo|rủi ro] [trên không gian mạng|khi giao dịch trực tuyến]",
             "[đơn giản hóa|cắt giảm] [thủ tục|giấy tờ] [để|nhằm] [người dân dễ thực hiện|tăng tỷ lệ hồ sơ trực tuyến]"),
    "photo": (
        "[Đoàn viên|Thành viên tổ công nghệ số] [hướng dẫn|chỉ] {res2} [cài đặt ứng dụng|nộp hồ sơ trực tuyến].",
        "[Người dân|Bà con] [giao dịch|làm thủ tục] tại Trung tâm Phục vụ hành chính công {place}.",
        "[Tiểu thương|Người bán] chợ {place} [nhận thanh toán|bán hàng] [bằng mã QR|qua chuyển khoản].",
    ),
}

LEXICON["an_sinh"] = {
    "roles": ("Chủ tịch Ủy ban MTTQ Việt Nam {place}", "Chủ tịch Hội Chữ thập đỏ {place}", "Phó Chủ tịch UBND {place}",
              "Giám đốc Sở Nội vụ {prov}", "Chủ tịch Liên đoàn Lao động {prov}"),
    "units": ("Ban Vận động Quỹ “Vì người nghèo” {place}", "Hội Chữ thập đỏ {place}", "Công ty TNHH {Village_name}"),
    "titles": (
        "[Trao|Bàn giao] {n1} căn nhà [đại đoàn kết|tình thương] cho hộ nghèo {place}",
        "[Mang Tết|Chăm lo Tết] đến [với|cho] [hộ khó khăn|gia đình chính sách] {village}",
        "[Phiên chợ 0 đồng|Phiên chợ nhân đạo] [cho|với] {n2} [hộ nghèo|người lao động] tại {place}",
    ),
    "leads": (
        "UBND {place} phối hợp với [các nhà hảo tâm|{unit}] [tổ chức|] bàn giao {n1} căn nhà đại đoàn kết cho hộ nghèo [tại {village}|].",
        "{boss} [đến thăm|thăm], tặng quà các gia đình chính sách, người có công với cách mạng tại {place}.",
        "{unit} [trao|tổ chức trao] {n2} phần quà cho [người lao động|hộ nghèo, cận nghèo] có hoàn cảnh khó khăn [ở {place}|].",
        "{Org} {prov} [tổ chức|phối hợp tổ chức] phiên chợ nhân đạo [với|gồm] {n2} gian hàng 0 đồng tại {place}.",
    ),
    "sums": (
        "Những căn nhà mới giúp [các hộ nghèo|{n1} hộ] {place} an cư, yên tâm lao động sản xuất.",
        "[Các phần quà|Những phần quà] [thể hiện|là] sự quan tâm của [cấp ủy, chính quyền|{place}] [đối với|dành cho] [gia đình chính sách|người khó khăn] dịp cuối năm.",
        "[Tỷ lệ hộ nghèo|Số hộ nghèo] [ở|của] {place} [giảm còn|chỉ còn] {p1}%, [hoàn thành sớm|vượt] [chỉ tiêu|mục tiêu] [nghị quyết|đề ra].",
    ),
    "act": ("công tác giảm nghèo", "việc chăm lo cho gia đình chính sách", "phong trào xóa nhà tạm, nhà dột nát",
            "công tác an sinh xã hội", "việc vận động Quỹ “Vì người nghèo”"),
    "ctx": (
        "[Gia đình|Hộ] {res} [thuộc diện hộ nghèo|là hộ nghèo] [nhiều năm|của {village}], [con cái còn nhỏ|vợ chồng đều đau yếu|không có đất sản xuất], [căn nhà cũ|nhà lá cũ] [dột nát|xuống cấp] [mỗi mùa mưa|nhiều năm].",
        "[Thực hiện|Hưởng ứng] [phong trào|chương trình] xóa nhà tạm, nhà dột nát, {place} [rà soát|thống kê] [được|có] {n2} hộ [cần hỗ trợ|có nhu cầu] [xây mới, sửa chữa nhà|về nhà ở].",
        "[Toàn|Cả] {place} [hiện có|còn] {n2} hộ nghèo và {n2} hộ cận nghèo, [phần lớn|đa số] [là người cao tuổi, neo đơn|thiếu đất sản xuất, thiếu việc làm].",
    ),
    "det": (
        "Mỗi căn nhà có diện tích {area} m², trị giá khoảng {v} triệu đồng, [được xây dựng kiên cố|xây] theo tiêu chí “3 cứng” [; nhà nước hỗ trợ {n1} triệu đồng, phần còn lại do gia đình và người thân góp|].",
        "[Mỗi phần quà|Các phần quà] [gồm|có] [gạo, nhu yếu phẩm|tiền mặt và nhu yếu phẩm] trị giá [{k} trăm nghìn|{k} triệu] đồng[; tổng kinh phí chương trình {n2} triệu đồng|].",
        "[Bên cạnh hỗ trợ nhà ở|Ngoài ra], [địa phương|{unit}] [còn|] [trao bò giống, cây con|hỗ trợ vốn vay ưu đãi] [cho|giúp] {n1} hộ [phát triển sinh kế|làm ăn].",
        "[Tại phiên chợ|Ở phiên chợ nhân đạo], [mỗi hộ|bà con] [được phát|nhận] [phiếu|thẻ] [để chọn|đổi lấy] [hàng hóa|nhu yếu phẩm] [trị giá|tương đương] [{k} trăm nghìn|{k} triệu] đồng.",
    ),
    "res": (
        "[Từ đầu năm|Năm qua], [địa phương|{place}] [đã vận động|vận động được] hơn {n3} triệu đồng cho quỹ “Vì người nghèo”, [xây mới|sửa chữa] {n2} căn nhà.",
        "Tỷ lệ hộ nghèo theo chuẩn đa chiều [giảm còn|chỉ còn] {p1}%, [hoàn thành sớm|vượt] chỉ tiêu nghị quyết đề ra.",
        "[Dịp Tết|Dịp này], {place} [dự kiến|lên kế hoạch] [trao|tặng] {n2} phần quà [với tổng kinh phí|trị giá] {n2} triệu đồng [cho các đối tượng chính sách|].",
    ),
    "qoff": (
        "[Chúng tôi|Địa phương] [quyết tâm|phấn đấu] [không để hộ nào|không để ai] [còn ở nhà tạm|thiếu Tết], [không để ai bị bỏ lại phía sau|mọi người đều có Tết]",
        "[Hỗ trợ nhà ở chỉ là bước đầu|Có nhà rồi], [cái chính|quan trọng] là [giúp|hỗ trợ] [các hộ|bà con] [có sinh kế|có việc làm] [để thoát nghèo bền vững|lâu dài]",
        "[Mỗi đồng đóng góp|Tấm lòng của các nhà hảo tâm] [đều được|sẽ được] [công khai|sử dụng] [đúng mục đích|minh bạch], [đến tận tay|đúng] người [cần|khó khăn]",
    ),
    "qres": (
        "Cả đời tôi chưa dám mơ có được căn nhà khang trang [như vầy|như thế này], [từ nay|mùa mưa này] [không còn lo dột|hết cảnh nhà dột]",
        "[Có phần quà này|Được quan tâm vậy] [gia đình tôi|mẹ con tôi] [có cái Tết ấm hơn|đỡ lo nhiều], [cảm ơn|biết ơn] [chính quyền|các nhà hảo tâm] [lắm|nhiều lắm]",
        "[Được hỗ trợ|Nhận] [con bò giống|vốn vay], [vợ chồng tôi|tôi] [sẽ chăm chỉ làm ăn|cố gắng làm] [để sớm thoát nghèo|trả nợ đúng hạn]",
    ),
    "prob": ("[nguồn lực|kinh phí] [hỗ trợ|xã hội hóa] còn hạn chế", "[một số hộ|nhiều hộ] [không có đất|thiếu đất] để xây nhà",
             "[giá vật liệu xây dựng|chi phí xây dựng] tăng", "[tình trạng|nguy cơ] tái nghèo [ở các hộ|của người già neo đơn]",
             "[việc làm|thu nhập] của [lao động phổ thông|người lao động] [bấp bênh|chưa ổn định]"),
    "meas": ("[rà soát|thống kê] [chính xác|đầy đủ] các hộ [khó khăn về nhà ở|nghèo, cận nghèo]",
             "[vận động|kêu gọi] [doanh nghiệp, nhà hảo tâm|các tổ chức] [chung tay|đóng góp] [xóa nhà tạm|cho quỹ “Vì người nghèo”]",
             "[hỗ trợ|tạo] sinh kế [bền vững|phù hợp] [cho|để] [hộ nghèo|các hộ] [thoát nghèo|vươn lên]",
             "[chi trả|thực hiện] [đầy đủ, kịp thời|đúng đối tượng] các chế độ [cho người có công|chính sách]",
             "[giới thiệu|kết nối] việc làm [cho lao động|cho thanh niên] [hộ nghèo|ở nông thôn]"),
    "photo": (
        "[Trao|Bàn giao] [nhà đại đoàn kết|quyết định hỗ trợ nhà ở] cho [gia đình|hộ] {res2_n}.",
        "[Người dân|Bà con] {village} [nhận quà|chọn hàng] tại phiên chợ nhân đạo.",
        "[Căn nhà mới|Ngôi nhà mới] của [gia đình|hộ] {res2_n} [ở|tại] {village2}.",
    ),
}

LEXICON["quoc_phong"] = {
    "roles": ("Chỉ huy trưởng Ban Chỉ huy Quân sự {place}", "Chính trị viên Ban Chỉ huy Quân sự {place}", "Chủ tịch UBND {place}",
              "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự {prov}", "Chủ tịch Hội đồng Nghĩa vụ quân sự {place}"),
    "units": ("Ban Chỉ huy Quân sự {place}", "Trung đội dân quân cơ động {place}", "Ban Chỉ huy Phòng thủ khu vực {k}"),
    "titles": (
        "{Place} [tiễn|giao] {n2} thanh niên lên đường nhập ngũ",
        "[Diễn tập|Huấn luyện] [chiến đấu phòng thủ|dân quân tự vệ] tại {place}",
        "[Thanh niên|Tân binh] {village} [hăng hái|sẵn sàng] lên đường [nhập ngũ|làm nghĩa vụ]",
    ),
    "leads": (
        "Ban Chỉ huy Quân sự {place} [tổ chức|] lễ ra quân huấn luyện lực lượng dân quân tự vệ năm {next}.",
        "UBND {place} [tổ chức|] lễ giao nhận quân, tiễn {n2} thanh niên lên đường nhập ngũ.",
        "{boss} kiểm tra công tác chuẩn bị diễn tập [chiến đấu|khu vực phòng thủ] tại {place}.",
        "{unit} [tổ chức|phối hợp tổ chức] [hội thao|hội thi] [dân quân tự vệ|quân sự, quốc phòng] với {n1} đội tham gia.",
    ),
    "sums": (
        "[Các tân binh|{n2} tân binh] [của {place}|] đều [có trình độ học vấn, sức khỏe tốt|đạt tiêu chuẩn], sẵn sàng nhận nhiệm vụ.",
        "Cuộc diễn tập [giúp|góp phần] nâng cao năng lực lãnh đạo, chỉ huy của cấp ủy, chính quyền {place} trong tình huống quốc phòng.",
        "{Place} [hoàn thành|đạt] 100% chỉ tiêu giao quân, [trong đó|với] {p2}% [tân binh|thanh niên] là đoàn viên.",
    ),
    "act": ("công tác quân sự, quốc phòng địa phương", "công tác tuyển quân", "việc huấn luyện dân quân tự vệ",
            "việc xây dựng khu vực phòng thủ", "chính sách hậu phương quân đội"),
    "ctx": (
        "[Năm nay|Đợt này], {place} [được giao|nhận] chỉ tiêu [{n2} công dân nhập ngũ|giao {n2} quân], [trong đó có|gồm] {n1} [tân binh|công dân] [nhập ngũ vào Công an nhân dân|có trình độ cao đẳng, đại học].",
        "[Thực hiện|Triển khai] {doc}, [lực lượng|Ban Chỉ huy Quân sự] {place} [chuẩn bị|xây dựng] [văn kiện|kế hoạch] [diễn tập|huấn luyện] [chu đáo|kỹ lưỡng] [từ nhiều tháng trước|ngay từ đầu năm].",
        "{Place} [hiện có|tổ chức] {n4} [trung đội dân quân|tiểu đội dân quân] [tại chỗ|cơ động] [với|gồm] {n2} [đồng chí|chiến sĩ], [hầu hết là|chủ yếu là] [đoàn viên thanh niên|lao động trẻ].",
    ),
    "det": (
        "[Trong|Qua] {k} ngày, [các lực lượng|lực lượng tham gia] [xử lý|thực hành] {n1} tình huống [giả định|sát thực tế], [từ|gồm] [phòng chống thiên tai, tìm kiếm cứu nạn|chống bạo loạn] [đến|và] [chiến đấu phòng thủ|bảo vệ mục tiêu].",
        "[Lực lượng dân quân tự vệ|Các chiến sĩ dân quân] được huấn luyện [nội dung|các nội dung] [chính trị, điều lệnh|kỹ thuật chiến đấu bộ binh], [bắn súng|phòng chống thiên tai] [trong|với thời gian] {n1} ngày.",
        "[Tân binh|Trong số tân binh có] {res2} [tốt nghiệp đại học|vừa tốt nghiệp cao đẳng] [nhưng|song] [tình nguyện|vẫn tự nguyện] [viết đơn|xin] [nhập ngũ|lên đường làm nghĩa vụ].",
        "[Địa phương|{Local} {place}] [tặng quà|trao quà] [mỗi phần trị giá|trị giá] [{k} trăm nghìn|{k} triệu] đồng [cho mỗi tân binh|động viên tân binh và gia đình], [tạo không khí phấn khởi|trong ngày hội tòng quân].",
    ),
    "res": (
        "Tân binh năm nay có {p2}% là đoàn viên thanh niên, {n1} [em|người] [có trình độ cao đẳng, đại học|là đảng viên].",
        "[Năm qua|Trong năm], [lực lượng vũ trang|Ban Chỉ huy Quân sự] {place} [đã|] [huấn luyện|tổ chức huấn luyện] cho {n2} [dân quân|lượt dân quân], [kết quả|đạt] [khá, giỏi|{p2}% khá, giỏi].",
        "[Công tác|Việc] [tiếp nhận|đón] {n1} quân nhân xuất ngũ [được thực hiện chu đáo|trở về địa phương], {p2}% [được tư vấn, giới thiệu việc làm|có việc làm ổn định].",
    ),
    "qoff": (
        "[Khâu tuyển chọn|Việc tuyển quân] [được làm|chúng tôi làm] [công khai, dân chủ|chặt chẽ] [từ cơ sở|ngay từ {hamlet}], [đúng luật|không có trường hợp khiếu nại]",
        "Qua [diễn tập|huấn luyện], [chúng tôi|lực lượng] [thấy rõ|rút ra] [những mặt còn yếu|nhiều kinh nghiệm] [để điều chỉnh|để khắc phục] [kế hoạch phòng thủ|ngay]",
        "[Mỗi tân binh|Các em] [lên đường|nhập ngũ] [là niềm tự hào|mang theo niềm tin] của [gia đình và quê hương|cả {place}]",
    ),
    "qres": (
        "[Con|Em] [đã|] [tự nguyện viết đơn|xung phong] [nhập ngũ|đi bộ đội], [sẽ|hứa sẽ] [rèn luyện thật tốt|hoàn thành nhiệm vụ] [để|cho] [gia đình yên tâm|xứng đáng với quê hương]",
        "[Tiễn con|Con] [lên đường|đi bộ đội], [tôi|gia đình] [vừa lo vừa mừng|tự hào lắm], [mong|dặn] [con|nó] [rèn luyện tốt|giữ gìn sức khỏe]",
    ),
    "prob": ("[một số thanh niên|một bộ phận thanh niên] [đi làm ăn xa|vắng mặt ở địa phương]", "[thời gian huấn luyện|lịch huấn luyện] trùng với mùa vụ",
             "[cơ sở vật chất|trang bị] [phục vụ huấn luyện|cho dân quân] [còn thiếu|chưa đồng bộ]", "[chế độ|phụ cấp] cho dân quân [còn thấp|chưa tương xứng]"),
    "meas": ("[duy trì|thực hiện] nghiêm chế độ trực sẵn sàng chiến đấu, [nắm chắc|chủ động nắm] tình hình [địa bàn|cơ sở]",
             "[nâng cao|bảo đảm] chất lượng huấn luyện [sát thực tế|theo phương châm “cơ bản, thiết thực, vững chắc”]",
             "[làm tốt|thực hiện đầy đủ] chính sách hậu phương quân đội, [giới thiệu việc làm|hỗ trợ học nghề] cho quân nhân xuất ngũ",
             "[quản lý|nắm chắc] [nguồn công dân|lực lượng dự bị động viên] [sẵn sàng nhập ngũ|trong độ tuổi]",
             "[kiện toàn|củng cố] [lực lượng dân quân tự vệ|ban chỉ huy quân sự cơ sở] [vững mạnh|đủ quân số]"),
    "photo": (
        "[Tân binh|Thanh niên] {place} [trong ngày lên đường|nhận hoa] [nhập ngũ|động viên].",
        "[Lực lượng dân quân|Dân quân] {place} [thực hành|xử lý] [tình huống|bài tập] [trong diễn tập|trong huấn luyện].",
        "{Boss} [tặng hoa|động viên] [tân binh|lực lượng tham gia diễn tập].",
    ),
}

LEXICON["an_ninh"] = {
    "roles": ("Trưởng Công an {place}", "Phó Trưởng Công an {place}", "Phó Giám đốc Công an {prov}",
              "Trưởng phòng Cảnh sát hình sự Công an {prov}", "Chủ tịch UBND {place}"),
    "units": ("Công an {place}", "Tổ bảo vệ an ninh, trật tự {village}", "Phòng Cảnh sát hình sự Công an {prov}"),
    "titles": (
        "[Bắt|Tạm giữ] {n1} đối tượng [đánh bạc|tổ chức đánh bạc] tại {village}",
        "[Người dân|Bà con] {village} [tố giác|giúp công an bắt] [đối tượng|kẻ] [trộm cắp|lừa đảo]",
        "[Cảnh giác|Cảnh báo] [chiêu|thủ đoạn] [giả danh|mạo danh] [công an|nhân viên điện lực] [gọi điện|lừa tiền] ở {place}",
    ),
    "leads": (
        "Công an {place} [vừa|] triệt phá một [đường dây|ổ nhóm] [đánh bạc qua mạng|cho vay lãi nặng], tạm giữ {n1} đối tượng.",
        "Công an {prov} [phát đi|đưa ra] cảnh báo về thủ đoạn [giả danh cơ quan chức năng|giả danh nhân viên ngân hàng] gọi điện lừa đảo chiếm đoạt tài sản [của người dân {place}|].",
        "UBND {place} ra mắt mô hình [“Camera an ninh”|“{Hamlet_word} an toàn về an ninh, trật tự”] [tại|ở] {village}.",
        "{unit} [phối hợp|cùng] [lực lượng|Công an {place}] [bắt quả tang|phát hiện] {n1} đối tượng [trộm cắp tài sản|tàng trữ trái phép chất ma túy] tại {village}.",
    ),
    "sums": (
        "Các đối tượng [tổ chức đánh bạc|cho vay] với số tiền giao dịch [hàng tỷ đồng|hơn {n3} triệu đồng] [qua tài khoản|].",
        "Người dân [được khuyến cáo|cần] tuyệt đối không cung cấp mã OTP, không chuyển tiền [cho người lạ|theo yêu cầu qua điện thoại].",
        "[Mô hình|{Unit}] [giúp|góp phần] [giữ vững|bảo đảm] an ninh, trật tự [ở|tại] {village}, [số vụ trộm cắp giảm|không để xảy ra trọng án].",
    ),
    "act": ("phong trào toàn dân bảo vệ an ninh Tổ quốc", "công tác phòng chống tội phạm", "việc phòng chống lừa đảo qua mạng",
            "việc giữ gìn an ninh, trật tự ở cơ sở", "công tác quản lý cư trú"),
    "ctx": (
        "[Thời gian gần đây|Từ đầu năm], [trên địa bàn|ở] {place} [xảy ra|ghi nhận] {n1} vụ [lừa đảo qua điện thoại|trộm cắp tài sản], [thiệt hại|chiếm đoạt] [hơn|gần] {n3} triệu đồng.",
        "[Qua công tác nắm tình hình|Từ nguồn tin của người dân], [lực lượng chức năng|Công an {place}] phát hiện [nhóm đối tượng|một nhóm] [sử dụng ứng dụng trên điện thoại|lập nhóm kín trên mạng xã hội] để [tổ chức đánh bạc|cho vay lãi nặng].",
        "{Village} [có|nằm] [vị trí giáp ranh|gần khu công nghiệp], [nhiều người lao động ngoài tỉnh đến thuê trọ|dân cư đông], [tình hình an ninh, trật tự|tội phạm] [từng phức tạp|có lúc phức tạp].",
    ),
    "det": (
        "[Cơ quan công an|Lực lượng chức năng] [đã|] thu giữ {n1} điện thoại di động, {n2} triệu đồng tiền mặt [cùng nhiều tài liệu liên quan|và {k} sổ ghi chép].",
        "Thủ đoạn của các đối tượng là [gọi điện xưng là cán bộ công an, viện kiểm sát|nhắn tin giả danh ngân hàng], [yêu cầu|dụ] nạn nhân [chuyển tiền để “xác minh”|cài ứng dụng lạ].",
        "[Mô hình|Hệ thống] [được|đã] lắp đặt {n2} camera tại các tuyến đường, [ngã ba, ngã tư|điểm giao cắt] [của {village}|], [kết nối|truyền hình ảnh] về [trụ sở công an|điện thoại của tổ bảo vệ].",
        "[Nạn nhân là|Người bị hại là] {res2} [bị|đã bị] [lừa chuyển|chiếm đoạt] {n2} triệu đồng [sau khi làm theo hướng dẫn của|vì tin lời] [người lạ qua điện thoại|kẻ giả danh].",
        "[Tổ bảo vệ an ninh, trật tự|Lực lượng] {village} [gồm|có] {n1} thành viên, [tuần tra|chia ca tuần tra] [vào ban đêm|hằng đêm], [kịp thời|đã] [phát hiện|ngăn chặn] {k} vụ [trộm cắp|gây rối].",
    ),
    "res": (
        "[Từ đầu năm|Năm qua], Công an {place} [đã|] [điều tra, làm rõ|phá] {n1} vụ [phạm tội|án hình sự], [tỷ lệ điều tra khám phá|đạt tỷ lệ] {p2}%.",
        "Người dân đã cung cấp hơn {n3} tin báo [có giá trị|về tội phạm], giúp [cơ quan chức năng|lực lượng công an] [điều tra, làm rõ|xử lý] {n1} vụ việc.",
        "[Sau khi|Từ khi] [mô hình|camera] [đi vào hoạt động|được lắp đặt], [tình hình an ninh, trật tự|số vụ trộm cắp] [ở|tại] {village} [giảm {p1}%|chuyển biến tích cực].",
    ),
    "qoff": (
        "[Các đối tượng lừa đảo|Tội phạm lừa đảo] [thay đổi thủ đoạn liên tục|ngày càng tinh vi], [người dân|bà con] [chỉ cần|phải] [nhớ|ghi nhớ] [công an không làm việc qua điện thoại|không chuyển tiền cho người lạ]",
        "[Mỗi người dân|Người dân] [là|chính là] [tai mắt|một chiến sĩ công an] [ở cơ sở|của lực lượng], [có dân|được dân giúp] thì [tội phạm không có chỗ trốn|việc gì cũng làm được]",
        "Vụ việc đang được [cơ quan cảnh sát điều tra|lực lượng chức năng] [tiếp tục|khẩn trương] [củng cố hồ sơ|mở rộng điều tra] [để xử lý theo quy định|làm rõ các đối tượng liên quan]",
    ),
    "qres": (
        "[Có|Từ khi có] camera, [ban đêm|đêm] [bà con|mọi nhà] [yên tâm ngủ|không còn lo mất trộm], [xe cộ để ngoài sân cũng không sao|chó gà cũng không mất]",
        "[Mấy người|Tụi nó] gọi điện [xưng công an|nói con tôi bị tai nạn] [đòi chuyển tiền|bắt chuyển tiền gấp], [may mà|nhờ] [tôi nhớ lời cán bộ dặn|con gái can] [nên không mắc lừa|nên giữ được tiền]",
    ),
    "prob": ("[thủ đoạn|phương thức] [lừa đảo qua mạng|của tội phạm] ngày càng tinh vi", "[một bộ phận người dân|người cao tuổi] [còn thiếu cảnh giác|dễ tin lời người lạ]",
             "[lực lượng|quân số] [công an cơ sở|tổ bảo vệ] còn mỏng", "[kinh phí|nguồn lực] [duy trì camera|cho mô hình] [chưa ổn định|phụ thuộc vào đóng góp]",
             "[đối tượng|tội phạm] [hoạt động liên tỉnh|lợi dụng không gian mạng]"),
    "meas": ("[nắm chắc|bám sát] tình hình [địa bàn|cơ sở], [giải quyết kịp thời|không để phát sinh] [mâu thuẫn|vụ việc phức tạp] [ngay từ cơ sở|từ sớm]",
             "[tuyên truyền|cảnh báo] [sâu rộng|thường xuyên] [các thủ đoạn lừa đảo|để người dân nâng cao cảnh giác]",
             "[nhân rộng|phát triển] mô hình [camera an ninh|tự quản về an ninh, trật tự] [ra các {hamlet}|trên toàn {place}]",
             "[đấu tranh|xử lý] [quyết liệt|nghiêm] [các loại tội phạm|tội phạm ma túy, cờ bạc]",
             "[phát huy|khen thưởng kịp thời] [vai trò|các gương] [của người dân|tập thể, cá nhân] trong phong trào"),
    "photo": (
        "[Công an|Cán bộ công an] {place} [tuyên truyền|hướng dẫn] [phòng chống lừa đảo|người dân] tại {village}.",
        "[Tổ bảo vệ|Lực lượng] {village} [tuần tra|trực] [ban đêm|tại chốt].",
        "[Lắp đặt|Kiểm tra] camera an ninh [tại|ở] {village}.",
    ),
}

LEXICON["van_hoa"] = {
    "roles": ("Giám đốc Sở Văn hóa, Thể thao và Du lịch {prov}", "Giám đốc Trung tâm Văn hóa - Thể thao {place}", "Phó Chủ tịch UBND {place}",
              "Trưởng Ban tổ chức lễ hội", "chủ nhiệm Câu lạc bộ {art} {village}"),
    "units": ("Câu lạc bộ {art} {village}", "Hợp tác xã du lịch cộng đồng {Village_name}", "Trung tâm Văn hóa - Thể thao {place}"),
    "titles": (
        "[Đặc sắc|Rộn ràng] [lễ hội|ngày hội] [văn hóa|du lịch] {place}",
        "[Homestay|Du lịch cộng đồng] {village} [hút khách|đón khách]",
        "{Unit} [giữ lửa|gìn giữ] [{art}|nghệ thuật truyền thống]",
    ),
    "leads": (
        "UBND {place} [tổ chức|] khai mạc [lễ hội văn hóa, du lịch|ngày hội văn hóa các dân tộc] với nhiều hoạt động đặc sắc.",
        "hội thi {art} mở rộng [thu hút|quy tụ] {n2} [đội|thí sinh] đến từ các địa phương [trong tỉnh|của {prov}] tham gia [tại {place}|].",
        "{Org} {prov} cho biết lượng khách du lịch đến tỉnh trong [{n4} tháng|năm {year}] [đạt|ước đạt] hơn {n3} nghìn lượt.",
        "{unit} [ra mắt|khai trương] [tuyến du lịch|điểm du lịch] [trải nghiệm|cộng đồng] [tại|ở] {village}, {place}.",
    ),
    "sums": (
        "[Lễ hội|Ngày hội] là dịp quảng bá hình ảnh con người, văn hóa {place} [đến du khách gần xa|tới bạn bè trong và ngoài tỉnh].",
        "[Doanh thu du lịch|Tổng thu từ du lịch] [của {prov}|] [tăng mạnh|tăng {p1}%] nhờ [các sản phẩm mới|du lịch cộng đồng phát triển].",
        "[Du lịch cộng đồng|Mô hình homestay] [giúp|mở ra] [người dân|{n1} hộ] {village} [có thêm thu nhập|hướng làm ăn mới].",
    ),
    "act": ("phát triển du lịch cộng đồng", "việc bảo tồn văn hóa truyền thống", "phong trào văn hóa, văn nghệ quần chúng",
            "việc quảng bá du lịch", "phong trào thể dục thể thao ở cơ sở"),
    "ctx": (
        "[Lễ hội|Ngày hội] [được tổ chức|diễn ra] [hằng năm|định kỳ {k} năm một lần] [từ nhiều năm nay|đã hơn {n4} năm nay], [thu hút|năm nay thu hút] [hàng nghìn|{n3}] [lượt người dân và du khách|lượt khách].",
        "{Village} [có|sở hữu] [cảnh quan|cảnh sắc] [{landscape}|đẹp], [nhiều hộ|{n1} hộ] [còn giữ|vẫn gìn giữ] [nếp nhà truyền thống|nghề thủ công] [của cha ông|từ xưa].",
        "{Unit} [được thành lập|ra đời] [cách đây|từ hơn] {n4} năm, [hiện có|quy tụ] {n1} [thành viên|nghệ nhân], [người lớn tuổi nhất đã ngoài 80|trẻ nhất mới {n4} tuổi].",
    ),
    "det": (
        "[Lễ hội|Chương trình] [diễn ra trong|kéo dài] {k} ngày với các hoạt động [hội chợ, trưng bày sản phẩm OCOP|thi ẩm thực, biểu diễn văn nghệ] [và|cùng] [các trò chơi dân gian|hội thi {art}].",
        "[Các hoạt động thể thao truyền thống như|Nhiều trò chơi dân gian như] {games} [thu hút|quy tụ] [đông đảo người dân cổ vũ|{n2} vận động viên tham gia].",
        "[Hiện|Đến nay], {village} [có|đã có] {n1} [homestay|hộ làm du lịch], [mỗi tháng đón|bình quân đón] {n2} [lượt khách|khách], [mỗi hộ thu|thu nhập mỗi hộ] {n1} triệu đồng [mỗi tháng|].",
        "Ban tổ chức trao giải nhất cho [đội|câu lạc bộ] [đến từ|của] {place2} [với tiết mục|nhờ tiết mục] [được đánh giá cao về nội dung và nghệ thuật trình diễn|mang đậm bản sắc quê hương].",
    ),
    "res": (
        "Tổng thu từ du lịch [ước đạt|đạt] {n2} tỷ đồng, tăng {p1}% so với cùng kỳ.",
        "[Lượng khách|Khách du lịch] [đến {place}|đến với {village}] [trong năm|năm nay] [tăng|đạt] [gấp {k} lần năm trước|{n3} lượt].",
        "[Toàn|Cả] {place} [có|hiện có] {n2} câu lạc bộ [văn nghệ|thể thao] [hoạt động thường xuyên|duy trì sinh hoạt], [thu hút|với] {n3} [hội viên|người tham gia].",
    ),
    "qoff": (
        "[Du lịch cộng đồng|Làm du lịch] [phải|cần] [giữ được|dựa trên] [cái riêng|bản sắc] của [từng {hamlet}|địa phương], [du khách|khách] [đến|tìm đến] [để trải nghiệm|vì nét mộc mạc], [không phải|chứ không phải] [để xem bê tông|những thứ ở đâu cũng có]",
        "[Lễ hội|Hoạt động này] [không chỉ|vừa] [là dịp vui chơi|phục vụ người dân] mà còn [quảng bá sản phẩm|giới thiệu hình ảnh] [của {place}|địa phương] [đến du khách|ra bên ngoài]",
        "[Các nghệ nhân|Các câu lạc bộ] [truyền dạy|dạy miễn phí] [cho lớp trẻ|cho các em] [để|mong] [{art}|nghệ thuật truyền thống] [không bị mai một|còn mãi với quê hương]",
    ),
    "qres": (
        "Cảnh sắc nơi đây rất đẹp, người dân thân thiện, món ăn [ngon|lạ miệng], [nhất định|chắc chắn] [tôi sẽ quay lại|lần sau sẽ dẫn cả nhà về]",
        "[Làm homestay|Đón khách] [thêm thu nhập|có thêm tiền] [mà|lại] [giữ được nhà cũ|vẫn làm ruộng, làm vườn], [con cháu|tụi nhỏ] [cũng có việc làm|không phải đi xa]",
    ),
    "prob": ("[sản phẩm du lịch|các điểm đến] [còn đơn điệu|chưa có nhiều nét riêng]", "[hạ tầng|đường vào các điểm du lịch] [còn hạn chế|chưa đồng bộ]",
             "[người làm du lịch|các hộ] [thiếu kỹ năng|chưa có kinh nghiệm]", "[lớp trẻ|thanh niên] [ít mặn mà|chưa quan tâm] với [{art}|văn hóa truyền thống]",
             "[kinh phí|nguồn lực] [cho hoạt động văn hóa|bảo tồn] [còn ít|hạn hẹp]"),
    "meas": ("[xây dựng|phát triển] [tour, tuyến|sản phẩm du lịch] [gắn với|kết nối] các điểm di tích [lịch sử|và làng nghề]",
             "[đào tạo|bồi dưỡng] kỹ năng làm du lịch [cho người dân|cho các hộ]",
             "[bảo tồn|gìn giữ] [và phát huy|] [giá trị|bản sắc] [văn hóa truyền thống|của {art}]",
             "[đẩy mạnh|tăng cường] [quảng bá|xúc tiến] du lịch [trên nền tảng số|qua mạng xã hội]",
             "[đầu tư|nâng cấp] [hạ tầng|thiết chế văn hóa] [ở cơ sở|tại các điểm du lịch]"),
    "photo": (
        "[Du khách|Khách du lịch] [trải nghiệm|tham quan] [{landscape}|làng quê] [tại|ở] {village}.",
        "[Tiết mục|Màn trình diễn] [của|do] {unit} [biểu diễn|dàn dựng] [tại lễ hội|trong ngày hội].",
        "[Người dân|Đông đảo người dân] [cổ vũ|theo dõi] [phần thi|trò chơi] {games} [tại|ở] {place}.",
    ),
}

LEXICON["kinh_te"] = {
    "roles": ("Giám đốc Sở Tài chính {prov}", "Trưởng Ban Quản lý các khu công nghiệp {prov}", "Giám đốc {unit}",
              "Phó Chủ tịch UBND {place}", "Chủ tịch Hiệp hội Doanh nghiệp {prov}"),
    "units": ("Công ty TNHH {Village_name}", "Công ty Cổ phần Chế biến {export} {Village_name}", "Công ty TNHH Sản xuất - Thương mại {Village_name}"),
    "titles": (
        "{Unit} [tăng ca|tăng tốc] [sản xuất|đáp ứng đơn hàng] [cuối năm|dịp Tết]",
        "[Thu hút|Trao giấy chứng nhận cho] {n1} dự án [vào|tại] {place}",
        "[Xuất khẩu|Đơn hàng] {export} [khởi sắc|tăng mạnh] [ở|tại] {place}",
    ),
    "leads": (
        "{Org} {prov} trao giấy chứng nhận đầu tư cho {n1} dự án [với tổng vốn đăng ký|có tổng vốn] hơn {n3} tỷ đồng [tại {place}|].",
        "[nhiều doanh nghiệp|{unit}] tại {place} tăng ca sản xuất để đáp ứng [nhu cầu thị trường|đơn hàng] dịp cuối năm.",
        "{boss} [họp|làm việc] [đánh giá|với các chủ đầu tư về] tiến độ giải ngân vốn đầu tư công [những tháng cuối năm|tại {place}].",
        "{unit} [khánh thành|đưa vào hoạt động] [nhà máy|dây chuyền] [chế biến {export}|mới] [tại|ở] {place} [với công suất|công suất] {n3} tấn mỗi năm.",
    ),
    "sums": (
        "Môi trường đầu tư cải thiện giúp [{prov}|{place}] thu hút thêm [nhiều dự án quy mô lớn|{n1} dự án].",
        "[Sức mua dự báo tăng cao|Nhu cầu cuối năm tăng], [doanh nghiệp|{unit}] chủ động nguồn hàng, [bình ổn giá|giữ giá].",
        "[Nhà máy|Dự án] [tạo việc làm|giải quyết việc làm] cho {n2} lao động [địa phương|ở {place}], [nâng giá trị|tiêu thụ] {export} [cho nông dân|của vùng].",
    ),
    "act": ("thu hút đầu tư", "việc giải ngân vốn đầu tư công", "hoạt động sản xuất, kinh doanh", "xuất khẩu {export}",
            "việc hỗ trợ doanh nghiệp"),
    "ctx": (
        "{Unit} [được thành lập|đi vào hoạt động] [cách đây|từ hơn] {n4} năm, [chuyên|chủ yếu] [sản xuất|chế biến] [{export}|hàng tiêu dùng] [xuất khẩu sang|cho thị trường] [{n1} quốc gia|trong nước và nước ngoài].",
        "[Những tháng cuối năm|Dịp cuối năm], [đơn hàng|nhu cầu] [tăng|tăng mạnh] [khoảng|] {p1}% [so với cùng kỳ|so với năm trước], [nhiều doanh nghiệp|{unit}] [thiếu lao động|phải tuyển thêm công nhân].",
        "[Kế hoạch vốn đầu tư công|Tổng vốn đầu tư công] năm {year} [của|giao cho] {place} là {n2} tỷ đồng, [đến {month}|tính đến cuối {month}] [mới giải ngân {p1}%|đã giải ngân được {p2}%].",
    ),
    "det": (
        "[Hiện|Hiện nay], {unit} [có|sử dụng] {n2} [công nhân|lao động], [thu nhập bình quân|lương bình quân] {wage} triệu đồng [mỗi tháng|một người mỗi tháng].",
        "[Các dự án|{n1} dự án] [tập trung vào|thuộc lĩnh vực] [chế biến nông sản, logistics|năng lượng tái tạo, thương mại], [dự kiến|khi đi vào hoạt động] [tạo việc làm cho|giải quyết việc làm] {n3} lao động.",
        "Đại diện {unit} cho biết đơn hàng [xuất khẩu|năm nay] đã [kín đến|đủ đến] [hết quý I năm sau|{month} năm {next}].",
        "Doanh nghiệp chuẩn bị lượng hàng hóa tăng khoảng {p1}% so với năm trước, tập trung vào [các mặt hàng thiết yếu|lương thực, thực phẩm], [giá bán|giá] [giữ ổn định|không tăng].",
    ),
    "res": (
        "Từ đầu năm [đến nay|], [tỉnh|{prov}] thu hút {n1} dự án mới với tổng vốn đăng ký {n3} tỷ đồng, [tăng|gấp] {p1}% [so với cùng kỳ|].",
        "Kim ngạch xuất khẩu [ước đạt|đạt] {n2} triệu USD, tăng {p1}% so với cùng kỳ, trong đó {export} [và nông sản|] chiếm tỷ trọng lớn.",
        "[Khu công nghiệp|Cụm công nghiệp] [đã lấp đầy|lấp đầy] {p2}% diện tích, [giải quyết việc làm cho|thu hút] hơn {n3} lao động.",
        "[Doanh thu|Tổng doanh thu] [của {unit}|năm {year}] [ước đạt|đạt] {n2} tỷ đồng, [nộp ngân sách|đóng góp ngân sách] {n1} tỷ đồng.",
    ),
    "qoff": (
        "[Doanh nghiệp|Các nhà đầu tư] [đánh giá cao|đều ghi nhận] sự hỗ trợ của chính quyền [trong giải quyết thủ tục|khi bố trí mặt bằng sản xuất]; [thủ tục nhanh|có mặt bằng sạch] thì [nhà đầu tư mới đến|dự án mới triển khai được]",
        "[Chủ đầu tư nào|Đơn vị nào] [giải ngân chậm|không giải ngân được] [thì|phải] [điều chuyển vốn|làm rõ trách nhiệm], [không để|không thể để] [vốn nằm chờ|tiền nằm trong tài khoản]",
        "[Đơn hàng|Thị trường] [năm nay|cuối năm] [khả quan|tốt hơn], [nhiều doanh nghiệp|các nhà máy] [tăng ca|mở thêm dây chuyền] [nhưng vẫn thiếu người|và cần tuyển thêm {n2} lao động]",
    ),
    "qres": (
        "[Làm ở công ty|Vào làm công nhân] [gần nhà|ngay tại quê], [lương|thu nhập] [ổn định|đủ sống], [lại|vừa] [chăm được con|không phải đi xa]",
        "[Cuối năm|Dịp này] [tăng ca|làm thêm] [mệt|cực] [nhưng|mà] [có thêm tiền|thu nhập tăng] [lo Tết|sắm Tết] nên [ai cũng vui|anh em đều phấn khởi]",
    ),
    "prob": ("[nhiều dự án|một số dự án] [chậm giải ngân|vướng bồi thường, giải phóng mặt bằng]", "[biến động|tăng] giá vật liệu xây dựng",
             "[thiếu|khan hiếm] [lao động có tay nghề|công nhân kỹ thuật]", "[chi phí logistics|chi phí vận chuyển] [cao|còn cao]",
             "[thủ tục đầu tư|thủ tục đất đai] [còn kéo dài|còn vướng]"),
    "meas": ("[lập kế hoạch giải ngân chi tiết|giải ngân] theo từng tháng, gắn trách nhiệm người đứng đầu",
             "[cải thiện|nâng cao] [môi trường đầu tư|chỉ số năng lực cạnh tranh], [rút ngắn|đơn giản hóa] thủ tục [cho nhà đầu tư|đầu tư]",
             "[chuẩn bị|bảo đảm] [quỹ đất sạch|hạ tầng] [để|sẵn sàng] [đón nhà đầu tư|thu hút dự án mới]",
             "[hỗ trợ|kết nối] doanh nghiệp [tiếp cận vốn|mở rộng thị trường xuất khẩu]",
             "[đào tạo|cung ứng] lao động [có tay nghề|kỹ thuật] [cho doanh nghiệp|theo nhu cầu]"),
    "photo": (
        "[Công nhân|Người lao động] {unit} [làm việc|trong giờ làm việc] [tại xưởng|trên dây chuyền].",
        "[Trao giấy chứng nhận đầu tư|Trao quyết định chủ trương đầu tư] cho [các nhà đầu tư|{unit}].",
        "[Chế biến|Đóng gói] {export} [xuất khẩu|] tại {unit}.",
    ),
}
