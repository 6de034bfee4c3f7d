"""The phrase bank the sample articles are built from: Vietnamese provincial-news register.

Topics hold title, lead and summary templates, body sentences, photo captions, sub-headings and
tags. The generator takes from here the titles (with the composed ones of ``lexicon``), captions,
sub-headings, tags and offices of a topic, one ``GENERIC_SENTENCES`` at most per article and the
update notes; the bodies, leads and summaries it composes from ``lexicon`` (see ``story``), so that
two stories of a topic do not share their sentences. The topics' leads, summaries and sentences stay
here as they were (tests/data/cluster/make_testset.py builds its test set from them). Leads are written as they stand after an opening date ("Ngày 8-1, nông dân …"); the generator
capitalises their first letter when there is none. Templates take ``{place}`` (a district or ward of
the site's province, lower-case as inside a sentence), ``{Place}`` (the same, capitalised), ``{prov}``
(the province), ``{year}``, ``{next}`` (the following year), ``{org}``/``{Org}`` (an office of the
topic), ``{Local}`` (a local authority: UBND, Đảng ủy…), numbers ``{n1}``…``{n4}`` (integers with "." thousands), ``{p1}``/``{p2}`` (percentages with a
decimal comma), ``{price}``, and the regional words of ``REGIONS`` (``{crop}``, ``{rice}``,
``{hazard}``, ``{hamlet}``…: the Mekong delta or the northern mountains).

Rules the sentences keep, so that what the parsers read is exactly what was meant:
- no date words (Ngày, Sáng, Chiều, Tối, Trưa, Đêm, Hôm) directly before a number: only the
  generated opening carries the event date;
- no sentence opens with "Theo" or "Nguồn" and none is a bare name: the byline stays the only byline;
- tags hold no comma (a meta keywords list is split at commas).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["GENERIC_SENTENCES", "LOCAL_ORGS", "PHOTO_CAPTIONS", "PHOTO_LEADS", "REGIONS", "TOPICS", "UPDATE_NOTES", "Topic"]


@dataclass(frozen=True)
class Topic:
    key: str
    titles: tuple[str, ...]
    leads: tuple[str, ...]
    summaries: tuple[str, ...]
    sentences: tuple[str, ...]
    captions: tuple[str, ...]
    subheads: tuple[str, ...]
    tags: tuple[str, ...]
    orgs: tuple[str, ...]


TOPICS: dict[str, Topic] = {}


def _topic(**kw: tuple[str, ...] | str) -> None:
    topic = Topic(**kw)  # type: ignore[arg-type]
    TOPICS[topic.key] = topic


_topic(
    key="hoi_nghi",
    titles=(
        "{Place} tổng kết công tác năm {year}, triển khai nhiệm vụ năm {next}",
        "Hội nghị sơ kết 6 tháng thực hiện nghị quyết của Tỉnh ủy tại {place}",
        "{Org} đánh giá kết quả phát triển kinh tế - xã hội năm {year}",
        "Tập trung hoàn thành các chỉ tiêu kinh tế - xã hội những tháng cuối năm {year}",
        "{Place} bàn giải pháp tháo gỡ vướng mắc cho các dự án trọng điểm",
    ),
    leads=(
        "{Local} {place} tổ chức hội nghị tổng kết công tác năm {year} và triển khai nhiệm vụ năm {next}.",
        "{Org} tổ chức hội nghị đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội tại {place}.",
        "{Org} chủ trì cuộc họp nghe báo cáo tiến độ các dự án trọng điểm trên địa bàn {prov}.",
    ),
    summaries=(
        "Nhiều chỉ tiêu chủ yếu của {place} đạt và vượt kế hoạch, tạo đà cho năm {next}.",
        "Lãnh đạo {prov} yêu cầu các ngành bám sát kế hoạch, tháo gỡ kịp thời khó khăn cho cơ sở.",
    ),
    sentences=(
        "Năm {year}, tổng sản phẩm trên địa bàn tăng {p1}% so với cùng kỳ, thu ngân sách đạt {n3} tỷ đồng.",
        "Các ngành, địa phương đã bám sát chương trình công tác, triển khai đồng bộ nhiều giải pháp ngay từ đầu năm.",
        "Công tác cải cách hành chính được chú trọng, tỷ lệ hồ sơ giải quyết đúng hạn đạt {p2}%.",
        "Bên cạnh kết quả đạt được, hội nghị cũng thẳng thắn chỉ ra những hạn chế như tiến độ giải ngân vốn đầu tư công còn chậm, một số dự án vướng mặt bằng kéo dài.",
        "Phát biểu chỉ đạo, đại diện lãnh đạo {prov} ghi nhận nỗ lực của tập thể cán bộ, công chức trong năm qua.",
        "Lãnh đạo {org} đề nghị các đơn vị tập trung rà soát các chỉ tiêu chưa đạt, xác định rõ nguyên nhân và trách nhiệm của người đứng đầu.",
        "Năm {next}, {place} phấn đấu tốc độ tăng trưởng kinh tế đạt trên {p1}%, thu nhập bình quân đầu người tăng khoảng {n1} triệu đồng.",
        "Hội nghị đã thảo luận, thống nhất nhiều giải pháp trọng tâm để hoàn thành kế hoạch năm {next}.",
        "Các đại biểu tập trung phân tích nguyên nhân của hạn chế, đề xuất cơ chế phối hợp chặt chẽ hơn giữa các sở, ngành và địa phương.",
        "Dịp này, {org} khen thưởng {n1} tập thể và {n2} cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ.",
    ),
    captions=(
        "Quang cảnh hội nghị.",
        "Lãnh đạo {org} phát biểu chỉ đạo tại hội nghị.",
        "Trao giấy khen cho các tập thể có thành tích xuất sắc trong năm {year}.",
        "Đại biểu tham dự hội nghị tại điểm cầu {place}.",
        "Các đại biểu thảo luận, đóng góp ý kiến vào dự thảo kế hoạch năm {next}.",
    ),
    subheads=("Nhiều chỉ tiêu vượt kế hoạch", "Khắc phục hạn chế, tạo đà cho năm mới"),
    tags=("hội nghị tổng kết", "phát triển kinh tế - xã hội", "cải cách hành chính", "đầu tư công"),
    orgs=("UBND", "Huyện ủy", "Thường trực HĐND", "Ủy ban MTTQ Việt Nam"),
)

_topic(
    key="nong_nghiep",
    titles=(
        "Nông dân {place} trúng mùa {rice}",
        "{Place} nhân rộng mô hình trồng {crop} đạt chuẩn VietGAP",
        "Chủ động phòng chống {hazard} bảo vệ sản xuất nông nghiệp",
        "Hợp tác xã {place} liên kết tiêu thụ nông sản cho hội viên",
        "Đẩy mạnh cơ giới hóa trong sản xuất lúa tại {place}",
    ),
    leads=(
        "nông dân {place} bắt đầu thu hoạch {rice} với năng suất bình quân đạt {n1} tạ/ha.",
        "{Org} {prov} phối hợp với chính quyền {place} tổ chức hội thảo đầu bờ về mô hình canh tác giảm phát thải.",
        "{Org} {prov} ra mắt hợp tác xã nông nghiệp kiểu mới với {n1} thành viên tham gia.",
    ),
    summaries=(
        "Giá lúa tươi tại ruộng ổn định giúp nông dân {place} có lãi khá sau vụ thu hoạch.",
        "Mô hình liên kết mở ra hướng tiêu thụ ổn định cho nông sản của {prov}.",
    ),
    sentences=(
        "Toàn {place} xuống giống hơn {n3} ha {rice}, trong đó diện tích sử dụng giống xác nhận chiếm trên {p2}%.",
        "Nhờ áp dụng quy trình “1 phải 5 giảm”, chi phí sản xuất giảm khoảng {n1} triệu đồng mỗi héc-ta.",
        "Thương lái thu mua lúa tươi tại ruộng với giá từ {price} mỗi ký, tăng nhẹ so với vụ trước.",
        "Ngành nông nghiệp khuyến cáo bà con theo dõi chặt chẽ diễn biến thời tiết, chủ động phòng chống {hazard} để bảo vệ sản xuất.",
        "Mô hình trồng {crop} theo hướng hữu cơ giúp mỗi héc-ta cho lợi nhuận trên {n2} triệu đồng.",
        "Hợp tác xã ký hợp đồng bao tiêu với doanh nghiệp, cam kết thu mua toàn bộ sản phẩm đạt chuẩn với giá cao hơn thị trường.",
        "Anh Nguyễn Văn Tâm, một nông dân trong {hamlet}, cho biết: “Vụ này lúa ít sâu bệnh, năng suất cao nên gia đình có lãi hơn mọi năm”.",
        "Địa phương đã cấp {n1} mã số vùng trồng phục vụ xuất khẩu, tạo điều kiện để nông sản vào các thị trường khó tính.",
        "Cán bộ khuyến nông thường xuyên xuống đồng hướng dẫn nông dân phòng trừ rầy nâu, bệnh đạo ôn trên lúa.",
        "Thời gian tới, ngành nông nghiệp tiếp tục hỗ trợ nông dân chuyển đổi cây trồng phù hợp với điều kiện thổ nhưỡng từng vùng.",
    ),
    captions=(
        "Nông dân {place} thu hoạch lúa bằng máy gặt đập liên hợp.",
        "Cán bộ khuyến nông hướng dẫn nông dân chăm sóc vườn cây.",
        "Vườn {crop} đạt chuẩn VietGAP của một hộ dân tại {place}.",
        "Thành viên hợp tác xã phân loại nông sản trước khi giao cho doanh nghiệp.",
        "Cán bộ nông nghiệp kiểm tra tình hình sản xuất tại {place}.",
    ),
    subheads=("Liên kết để phát triển bền vững", "Chủ động ứng phó thời tiết bất lợi"),
    tags=("nông nghiệp", "{rice}", "hợp tác xã", "VietGAP", "{hazard}"),
    orgs=("Sở Nông nghiệp và Môi trường", "Hội Nông dân", "Trung tâm Khuyến nông"),
)

_topic(
    key="giao_thong",
    titles=(
        "Đẩy nhanh tiến độ thi công tuyến đường tỉnh qua {place}",
        "Khánh thành cầu nông thôn tại {place}",
        "Tăng cường tuần tra, kiểm soát bảo đảm trật tự an toàn giao thông cuối năm",
        "Kiểm tra dự án nâng cấp, mở rộng quốc lộ đoạn qua {place}",
        "{Place} giải phóng mặt bằng phục vụ dự án đường cao tốc",
    ),
    leads=(
        "{Org} {prov} kiểm tra tiến độ dự án nâng cấp, mở rộng tuyến đường tỉnh đoạn qua {place}.",
        "{Local} {place} tổ chức lễ khánh thành và đưa vào sử dụng cầu giao thông nông thôn có tổng vốn đầu tư {n1} tỷ đồng.",
        "lực lượng cảnh sát giao thông {prov} ra quân cao điểm bảo đảm trật tự an toàn giao thông dịp cuối năm.",
    ),
    summaries=(
        "Dự án giao thông trọng điểm dự kiến thông xe kỹ thuật trong quý tới, nối liền các vùng sản xuất của {prov}.",
        "Cây cầu mới giúp hàng nghìn hộ dân {place} đi lại thuận tiện, vận chuyển nông sản dễ dàng hơn.",
    ),
    sentences=(
        "Tuyến đường có chiều dài {n1} km, mặt đường rộng {n4} m, được đầu tư từ nguồn ngân sách trung ương và địa phương.",
        "Đến nay, khối lượng thi công đạt khoảng {p2}% giá trị hợp đồng, nhà thầu đang huy động thêm máy móc, nhân lực để tăng ca.",
        "Đại diện chủ đầu tư cho biết, khó khăn lớn nhất hiện nay là nguồn cát đắp nền chưa đáp ứng kịp nhu cầu.",
        "Lãnh đạo {prov} yêu cầu nhà thầu bảo đảm chất lượng công trình, an toàn lao động và vệ sinh môi trường trong quá trình thi công.",
        "Địa phương đã bàn giao {p1}% mặt bằng sạch, phần diện tích còn lại đang được vận động người dân sớm di dời.",
        "Trong đợt cao điểm, lực lượng chức năng đã lập biên bản {n3} trường hợp vi phạm, tạm giữ {n2} phương tiện.",
        "Các lỗi vi phạm chủ yếu là điều khiển phương tiện khi trong máu có nồng độ cồn, chạy quá tốc độ và không đội mũ bảo hiểm.",
        "Cầu được xây dựng bằng bê tông cốt thép, dài {n2} m, tải trọng {n4} tấn, thay thế cây cầu sắt đã xuống cấp.",
        "Người dân trong {hamlet} phấn khởi vì không còn cảnh đi đò qua sông, học sinh đến trường an toàn hơn.",
        "Sở Xây dựng đề nghị các địa phương rà soát, khắc phục kịp thời các điểm đen tiềm ẩn nguy cơ tai nạn giao thông.",
    ),
    captions=(
        "Đoàn công tác kiểm tra tiến độ thi công tuyến đường.",
        "Nhà thầu tăng ca thi công nền đường.",
        "Cắt băng khánh thành cầu giao thông nông thôn.",
        "Lực lượng cảnh sát giao thông kiểm tra nồng độ cồn người điều khiển phương tiện.",
        "Cây cầu mới nối liền hai bờ sông tại {place}.",
    ),
    subheads=("Gỡ vướng mặt bằng", "Siết chặt kỷ cương trên các tuyến đường"),
    tags=("giao thông", "an toàn giao thông", "đầu tư công", "giải phóng mặt bằng"),
    orgs=("Sở Xây dựng", "UBND", "Ban Quản lý dự án đầu tư xây dựng"),
)

_topic(
    key="y_te",
    titles=(
        "Bệnh viện đa khoa {place} ứng dụng kỹ thuật mới trong điều trị đột quỵ",
        "Chủ động phòng chống sốt xuất huyết trong mùa mưa",
        "Khám bệnh, cấp thuốc miễn phí cho người dân {place}",
        "Nâng cao chất lượng khám chữa bệnh ở tuyến y tế cơ sở",
        "Tiêm chủng mở rộng đạt tỷ lệ cao tại {place}",
    ),
    leads=(
        "{Org} {prov} tổ chức ra quân chiến dịch diệt lăng quăng phòng chống sốt xuất huyết tại {place}.",
        "bệnh viện đa khoa {place} vừa cứu sống một bệnh nhân đột quỵ nhờ can thiệp kịp thời trong giờ vàng.",
        "{Org} phối hợp với các y, bác sĩ tình nguyện khám bệnh, cấp thuốc miễn phí cho {n3} người dân {place}.",
    ),
    summaries=(
        "Số ca mắc sốt xuất huyết tại {prov} có xu hướng tăng, ngành y tế khuyến cáo người dân chủ động phòng bệnh.",
        "Bệnh nhân được can thiệp kịp thời, sức khỏe hồi phục tốt sau điều trị.",
    ),
    sentences=(
        "Từ đầu năm đến nay, toàn tỉnh ghi nhận {n3} ca mắc sốt xuất huyết, tăng {p1}% so với cùng kỳ năm trước.",
        "Ngành y tế khuyến cáo người dân súc rửa dụng cụ chứa nước, loại bỏ vật dụng phế thải để không cho muỗi đẻ trứng.",
        "Bệnh nhân nhập viện trong tình trạng yếu nửa người, nói khó; các bác sĩ nhanh chóng kích hoạt quy trình báo động đỏ.",
        "Sau can thiệp, bệnh nhân hồi phục tốt, đã tự đi lại và được xuất viện.",
        "Mỗi người dân đến khám được tư vấn sức khỏe, đo huyết áp, xét nghiệm đường huyết và nhận thuốc điều trị miễn phí.",
        "Tỷ lệ trẻ em dưới một tuổi được tiêm chủng đầy đủ các loại vắc xin đạt {p2}%, vượt chỉ tiêu đề ra.",
        "Trạm y tế xã được đầu tư thêm trang thiết bị, bác sĩ tuyến trên luân phiên về hỗ trợ chuyên môn.",
        "Bác sĩ chuyên khoa cho biết, đột quỵ có thể phòng ngừa bằng cách kiểm soát tốt huyết áp, đường huyết và duy trì lối sống lành mạnh.",
        "Trung tâm Kiểm soát bệnh tật tỉnh đã cấp phát hóa chất, máy phun cho các địa phương có ổ dịch.",
        "Người dân được khuyến cáo khi có dấu hiệu sốt cao, mệt mỏi cần đến ngay cơ sở y tế để được thăm khám, không tự ý điều trị tại nhà.",
    ),
    captions=(
        "Bác sĩ thăm khám cho người dân.",
        "Ê kíp bác sĩ can thiệp cho bệnh nhân đột quỵ.",
        "Nhân viên y tế phun hóa chất diệt muỗi tại khu dân cư.",
        "Người dân nhận thuốc miễn phí sau khi được khám bệnh.",
        "Tiêm vắc xin cho trẻ tại trạm y tế xã.",
    ),
    subheads=("Can thiệp kịp thời trong giờ vàng", "Nâng cao năng lực y tế cơ sở"),
    tags=("y tế", "sốt xuất huyết", "đột quỵ", "tiêm chủng", "khám bệnh miễn phí"),
    orgs=("Sở Y tế", "Trung tâm Y tế", "Hội Chữ thập đỏ"),
)

_topic(
    key="giao_duc",
    titles=(
        "{Place} khánh thành trường học đạt chuẩn quốc gia",
        "Trao học bổng cho học sinh nghèo vượt khó học giỏi",
        "Nâng cao chất lượng dạy và học ngoại ngữ ở vùng nông thôn",
        "Ngành giáo dục {prov} chuẩn bị cho kỳ thi tốt nghiệp trung học phổ thông",
    ),
    leads=(
        "{Org} {prov} tổ chức trao {n2} suất học bổng cho học sinh có hoàn cảnh khó khăn vươn lên học tốt tại {place}.",
        "{Local} {place} khánh thành công trình trường học với {n1} phòng học, tổng vốn đầu tư hơn {n1} tỷ đồng.",
        "{Org} {prov} tổ chức hội nghị triển khai nhiệm vụ năm học mới.",
    ),
    summaries=(
        "Những suất học bổng là nguồn động viên kịp thời giúp các em tiếp tục đến trường.",
        "Ngôi trường mới khang trang đáp ứng nhu cầu học tập của hàng trăm học sinh {place}.",
    ),
    sentences=(
        "Mỗi suất học bổng trị giá {n1} triệu đồng, được trích từ quỹ khuyến học và sự đóng góp của các nhà hảo tâm.",
        "Trường có {n2} giáo viên, {n3} học sinh, cơ sở vật chất được đầu tư đồng bộ theo hướng hiện đại.",
        "Năm học vừa qua, tỷ lệ học sinh lên lớp đạt {p2}%, nhiều em đạt giải trong các kỳ thi học sinh giỏi cấp tỉnh.",
        "Ngành giáo dục tập trung bồi dưỡng đội ngũ giáo viên, đổi mới phương pháp dạy học gắn với chuyển đổi số.",
        "Em Trần Thị Ngọc Hân, học sinh lớp 9, chia sẻ: “Em sẽ cố gắng học thật giỏi để không phụ lòng thầy cô và gia đình”.",
        "Địa phương đã huy động mọi nguồn lực xã hội hóa để xây dựng trường lớp, mua sắm thiết bị dạy học.",
        "Nhà trường tổ chức các lớp phụ đạo miễn phí cho học sinh yếu, hạn chế tình trạng học sinh bỏ học giữa chừng.",
        "Công tác phổ cập giáo dục, xóa mù chữ được duy trì vững chắc ở tất cả các xã, phường.",
        "Lãnh đạo ngành đề nghị các trường tăng cường giáo dục kỹ năng sống, phòng chống bạo lực học đường.",
    ),
    captions=(
        "Trao học bổng cho học sinh vượt khó học giỏi.",
        "Ngôi trường mới khang trang tại {place}.",
        "Giờ học ngoại ngữ của học sinh tiểu học.",
        "Các đại biểu cắt băng khánh thành công trình.",
    ),
    subheads=("Tiếp sức đến trường", "Đổi mới phương pháp dạy học"),
    tags=("giáo dục", "học bổng", "trường chuẩn quốc gia", "khuyến học"),
    orgs=("Sở Giáo dục và Đào tạo", "Hội Khuyến học", "UBND"),
)

_topic(
    key="nong_thon_moi",
    titles=(
        "{Place} về đích xã nông thôn mới nâng cao",
        "Xây dựng nông thôn mới gắn với phát triển du lịch cộng đồng",
        "Người dân {place} hiến đất làm đường, chung sức xây dựng nông thôn mới",
        "Nâng chất các tiêu chí nông thôn mới kiểu mẫu",
    ),
    leads=(
        "{Local} {place} tổ chức lễ đón nhận bằng công nhận đạt chuẩn nông thôn mới nâng cao.",
        "{Org} {prov} kiểm tra kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tại {place}.",
        "phong trào hiến đất làm đường ở {place} được người dân đồng tình hưởng ứng.",
    ),
    summaries=(
        "Diện mạo nông thôn {place} ngày càng khởi sắc, đời sống người dân được nâng lên rõ rệt.",
        "Sự chung sức của người dân là yếu tố quyết định thành công của chương trình nông thôn mới.",
    ),
    sentences=(
        "Sau {n1} năm triển khai, toàn {place} huy động hơn {n3} tỷ đồng cho chương trình, trong đó nhân dân đóng góp trên {p1}%.",
        "Hệ thống đường giao thông nông thôn được bê tông hóa, cứng hóa đến tận {hamlet}, thuận tiện cho việc đi lại và vận chuyển hàng hóa.",
        "Thu nhập bình quân đầu người đạt {n1} triệu đồng mỗi năm, tỷ lệ hộ nghèo giảm còn {p1}%.",
        "Nhiều hộ dân tự nguyện hiến đất, tháo dỡ hàng rào, cây trái để mở rộng đường mà không đòi hỏi bồi thường.",
        "Các tuyến đường hoa, tuyến đường xanh - sạch - đẹp do các đoàn thể đảm nhận đã tạo cảnh quan khang trang cho vùng quê.",
        "Địa phương xây dựng được {n1} sản phẩm OCOP đạt từ 3 sao trở lên, góp phần nâng cao giá trị nông sản.",
        "Lãnh đạo {prov} đề nghị địa phương tiếp tục nâng chất các tiêu chí, tránh tình trạng chạy theo thành tích.",
        "Ông Lê Văn Hùng, người dân trong xã, cho biết: “Đường sá sạch đẹp, có điện, có nước sạch, cuộc sống bây giờ khác xa trước đây”.",
        "Công tác bảo vệ môi trường nông thôn được chú trọng với mô hình phân loại rác thải tại nguồn.",
    ),
    captions=(
        "Đường giao thông nông thôn khang trang tại {place}.",
        "Lãnh đạo {prov} trao bằng công nhận xã đạt chuẩn nông thôn mới nâng cao.",
        "Người dân chung tay trồng hoa trên tuyến đường kiểu mẫu.",
        "Sản phẩm OCOP của địa phương được giới thiệu tại hội chợ.",
    ),
    subheads=("Dân biết, dân bàn, dân làm", "Nâng chất các tiêu chí"),
    tags=("nông thôn mới", "OCOP", "hiến đất làm đường", "giảm nghèo"),
    orgs=("Văn phòng Điều phối nông thôn mới", "UBND", "Ủy ban MTTQ Việt Nam"),
)

_topic(
    key="chuyen_doi_so",
    titles=(
        "Đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính",
        "{Place} triển khai mô hình “Bình dân học vụ số”",
        "Người dân {place} thanh toán không dùng tiền mặt ngày càng phổ biến",
        "Nâng cao hiệu quả vận hành trung tâm phục vụ hành chính công",
    ),
    leads=(
        "{Org} {prov} tổ chức hội nghị đánh giá kết quả thực hiện chuyển đổi số và đề án phát triển dữ liệu dân cư.",
        "{Local} {place} ra mắt tổ công nghệ số cộng đồng hỗ trợ người dân sử dụng dịch vụ công trực tuyến.",
        "{Org} {prov} khai trương hệ thống một cửa điện tử liên thông đến cấp xã.",
    ),
    summaries=(
        "Tỷ lệ hồ sơ trực tuyến toàn trình của {prov} tăng mạnh, tiết kiệm thời gian và chi phí cho người dân.",
        "Các tổ công nghệ số cộng đồng trở thành cầu nối đưa dịch vụ số đến từng hộ dân.",
    ),
    sentences=(
        "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình đạt {p2}%.",
        "Toàn tỉnh đã thành lập {n2} tổ công nghệ số cộng đồng với hơn {n3} thành viên.",
        "Các tổ viên đến từng nhà hướng dẫn người dân cài đặt ứng dụng định danh điện tử, thanh toán trực tuyến.",
        "Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính giúp người dân không phải nộp lại giấy tờ đã có trong cơ sở dữ liệu.",
        "Chợ {place} đã có hơn {p1}% tiểu thương sử dụng mã QR để nhận thanh toán.",
        "Lãnh đạo {org} nhấn mạnh chuyển đổi số phải lấy người dân và doanh nghiệp làm trung tâm.",
        "Hạ tầng viễn thông được đầu tư mở rộng, sóng di động phủ đến các {hamlet}, khu vực vùng sâu.",
        "Một số khó khăn được chỉ ra như trình độ công nghệ của một bộ phận người dân còn hạn chế, đường truyền có lúc chưa ổn định.",
        "Thời gian tới, địa phương tiếp tục kiện toàn nền tảng dữ liệu dùng chung, bảo đảm an toàn thông tin mạng.",
    ),
    captions=(
        "Tổ công nghệ số cộng đồng hướng dẫn người dân sử dụng dịch vụ công trực tuyến.",
        "Người dân giao dịch tại trung tâm phục vụ hành chính công.",
        "Tiểu thương nhận thanh toán bằng mã QR.",
        "Đại biểu trải nghiệm ứng dụng định danh điện tử.",
    ),
    subheads=("Lấy người dân làm trung tâm", "Hạ tầng số phủ đến cơ sở"),
    tags=("chuyển đổi số", "dịch vụ công trực tuyến", "thanh toán không dùng tiền mặt", "đề án 06"),
    orgs=("Sở Khoa học và Công nghệ", "Trung tâm Phục vụ hành chính công", "UBND"),
)

_topic(
    key="an_sinh",
    titles=(
        "Trao nhà đại đoàn kết cho hộ nghèo tại {place}",
        "Chăm lo Tết cho gia đình chính sách, hộ có hoàn cảnh khó khăn",
        "{Place} xóa nhà tạm, nhà dột nát cho người dân",
        "Hỗ trợ sinh kế giúp hộ cận nghèo vươn lên",
    ),
    leads=(
        "{Local} {place} phối hợp với các nhà hảo tâm tổ chức bàn giao {n1} căn nhà đại đoàn kết cho hộ nghèo.",
        "{Org} {prov} đến thăm, tặng quà các gia đình chính sách, người có công với cách mạng tại {place}.",
        "{Local} {place} trao {n3} phần quà cho người lao động có hoàn cảnh khó khăn.",
    ),
    summaries=(
        "Những căn nhà mới giúp các hộ nghèo {place} an cư, yên tâm lao động sản xuất.",
        "Các phần quà thể hiện sự quan tâm của cấp ủy, chính quyền đối với gia đình chính sách.",
    ),
    sentences=(
        "Mỗi căn nhà có diện tích {n2} m², trị giá khoảng {n1} triệu đồng, được xây dựng kiên cố theo tiêu chí “3 cứng”.",
        "Bà Nguyễn Thị Lan, một trong những hộ nhận nhà, xúc động: “Cả đời tôi chưa dám mơ có được căn nhà khang trang như vầy”.",
        "Từ đầu năm, địa phương đã vận động được hơn {n3} triệu đồng cho quỹ Vì người nghèo.",
        "Đoàn đã thăm hỏi sức khỏe, động viên các gia đình tiếp tục phát huy truyền thống cách mạng.",
        "Bên cạnh hỗ trợ nhà ở, địa phương còn trao bò giống, cây con và hỗ trợ vốn vay ưu đãi giúp các hộ phát triển sinh kế.",
        "Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm còn {p1}%, hoàn thành sớm chỉ tiêu nghị quyết đề ra.",
        "Các phần quà gồm gạo, nhu yếu phẩm và tiền mặt với tổng trị giá hơn {n3} triệu đồng.",
        "Công tác chăm lo cho người có công được thực hiện đầy đủ, kịp thời, đúng đối tượng.",
        "Hội Chữ thập đỏ cũng tổ chức phiên chợ nhân đạo với {n3} gian hàng bán giá 0 đồng.",
    ),
    captions=(
        "Trao quyết định bàn giao nhà đại đoàn kết cho hộ nghèo.",
        "Lãnh đạo {org} thăm, tặng quà gia đình chính sách.",
        "Căn nhà mới của một hộ nghèo tại {place}.",
        "Người dân nhận quà tại phiên chợ nhân đạo.",
    ),
    subheads=("Không để ai bị bỏ lại phía sau", "Hỗ trợ sinh kế bền vững"),
    tags=("an sinh xã hội", "nhà đại đoàn kết", "giảm nghèo", "người có công"),
    orgs=("Ủy ban MTTQ Việt Nam", "Hội Chữ thập đỏ", "Liên đoàn Lao động"),
)

_topic(
    key="quoc_phong",
    titles=(
        "{Place} giao quân năm {next} đạt 100% chỉ tiêu",
        "Diễn tập khu vực phòng thủ {place} đạt kết quả tốt",
        "Ra quân huấn luyện dân quân tự vệ năm {next}",
        "Bồi dưỡng kiến thức quốc phòng và an ninh cho chức sắc, chức việc tôn giáo",
    ),
    leads=(
        "Ban Chỉ huy Quân sự {place} tổ chức lễ ra quân huấn luyện lực lượng dân quân tự vệ năm {next}.",
        "{Local} {place} tổ chức lễ giao nhận quân, tiễn {n2} thanh niên lên đường nhập ngũ.",
        "{Org} {prov} kiểm tra công tác chuẩn bị diễn tập khu vực phòng thủ tại {place}.",
    ),
    summaries=(
        "Các tân binh đều có trình độ học vấn, sức khỏe tốt, sẵn sàng nhận nhiệm vụ.",
        "Cuộc diễn tập giúp nâng cao năng lực lãnh đạo, chỉ huy của cấp ủy, chính quyền trong tình huống quốc phòng.",
    ),
    sentences=(
        "Công tác tuyển chọn và gọi công dân nhập ngũ bảo đảm công khai, dân chủ, đúng luật, hoàn thành 100% chỉ tiêu được giao.",
        "Tân binh năm nay có {p2}% là đoàn viên thanh niên, nhiều em có trình độ cao đẳng, đại học.",
        "Lực lượng dân quân tự vệ được huấn luyện nội dung chính trị, điều lệnh, kỹ thuật chiến đấu bộ binh và phòng chống thiên tai.",
        "Qua diễn tập, các lực lượng đã xử lý tốt các tình huống giả định, bảo đảm an toàn tuyệt đối về người và phương tiện.",
        "Ban Chỉ huy Quân sự tham mưu cho cấp ủy, chính quyền xây dựng nền quốc phòng toàn dân gắn với thế trận an ninh nhân dân.",
        "Các đơn vị duy trì nghiêm chế độ trực sẵn sàng chiến đấu, chủ động nắm chắc tình hình địa bàn.",
        "Công tác giáo dục quốc phòng và an ninh cho các đối tượng được triển khai bài bản, đúng chương trình.",
        "Địa phương tặng quà, động viên các tân binh và gia đình, tạo không khí phấn khởi trong ngày hội tòng quân.",
        "Chính sách hậu phương quân đội được quan tâm thực hiện, quân nhân xuất ngũ được tư vấn, giới thiệu việc làm.",
    ),
    captions=(
        "Tân binh trong ngày lên đường nhập ngũ.",
        "Lực lượng dân quân tự vệ tham gia huấn luyện.",
        "Lãnh đạo {place} tặng hoa động viên tân binh.",
        "Các lực lượng xử lý tình huống trong cuộc diễn tập.",
    ),
    subheads=("Sẵn sàng nhận nhiệm vụ", "Nâng cao chất lượng huấn luyện"),
    tags=("quốc phòng", "giao nhận quân", "dân quân tự vệ", "diễn tập khu vực phòng thủ"),
    orgs=("Ban Chỉ huy Quân sự", "Hội đồng Nghĩa vụ quân sự", "UBND"),
)

_topic(
    key="an_ninh",
    titles=(
        "Ra mắt mô hình tự quản về an ninh trật tự tại {place}",
        "Công an {place} triệt phá đường dây đánh bạc qua mạng",
        "Cảnh báo thủ đoạn lừa đảo chiếm đoạt tài sản qua điện thoại",
        "Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc",
    ),
    leads=(
        "Công an {place} vừa triệt phá một đường dây đánh bạc qua mạng, tạm giữ {n1} đối tượng.",
        "Công an {prov} phát đi cảnh báo về thủ đoạn giả danh cơ quan chức năng gọi điện lừa đảo chiếm đoạt tài sản.",
        "{Local} {place} ra mắt mô hình “Camera an ninh” tại khu dân cư.",
    ),
    summaries=(
        "Các đối tượng tổ chức đánh bạc với số tiền giao dịch hàng tỷ đồng.",
        "Người dân được khuyến cáo tuyệt đối không cung cấp mã OTP, không chuyển tiền cho người lạ.",
    ),
    sentences=(
        "Qua công tác nắm tình hình, lực lượng chức năng phát hiện nhóm đối tượng sử dụng ứng dụng trên điện thoại để tổ chức đánh bạc.",
        "Cơ quan công an đã thu giữ {n1} điện thoại di động, {n2} triệu đồng tiền mặt cùng nhiều tài liệu liên quan.",
        "Thủ đoạn của các đối tượng là gọi điện xưng là cán bộ công an, viện kiểm sát, yêu cầu nạn nhân chuyển tiền để “xác minh”.",
        "Mô hình được lắp đặt {n2} camera tại các tuyến đường, ngã ba, ngã tư, giúp lực lượng chức năng kịp thời phát hiện vi phạm.",
        "Phong trào toàn dân bảo vệ an ninh Tổ quốc được triển khai sâu rộng, nhiều mô hình tự quản hoạt động hiệu quả.",
        "Người dân đã cung cấp hơn {n3} tin báo có giá trị, giúp cơ quan chức năng điều tra, làm rõ nhiều vụ việc.",
        "Vụ việc đang được cơ quan cảnh sát điều tra tiếp tục củng cố hồ sơ để xử lý theo quy định.",
        "Lực lượng công an xã bám sát địa bàn, giải quyết kịp thời các mâu thuẫn ngay từ cơ sở.",
        "Người dân khi phát hiện dấu hiệu nghi vấn cần báo ngay cho cơ quan công an gần nhất.",
    ),
    captions=(
        "Các đối tượng cùng tang vật tại cơ quan công an.",
        "Công an xã tuyên truyền phòng chống lừa đảo cho người dân.",
        "Lắp đặt camera an ninh tại khu dân cư.",
        "Khen thưởng các tập thể, cá nhân tiêu biểu trong phong trào.",
    ),
    subheads=("Thủ đoạn ngày càng tinh vi", "Phát huy sức mạnh của nhân dân"),
    tags=("an ninh trật tự", "lừa đảo qua mạng", "phòng chống tội phạm", "camera an ninh"),
    orgs=("Công an", "Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc", "UBND"),
)

_topic(
    key="van_hoa",
    titles=(
        "Khai mạc lễ hội văn hóa, du lịch {place}",
        "{Place} phát triển du lịch cộng đồng gắn với bảo tồn văn hóa",
        "Sôi nổi hội thi {art} mở rộng",
        "Lượng khách du lịch đến {prov} tăng mạnh",
    ),
    leads=(
        "{Local} {place} tổ chức khai mạc lễ hội văn hóa, du lịch với nhiều hoạt động đặc sắc.",
        "hội thi {art} mở rộng thu hút {n2} đội đến từ các địa phương trong tỉnh tham gia.",
        "{Org} {prov} cho biết lượng khách du lịch đến tỉnh trong 10 tháng đạt hơn {n3} nghìn lượt.",
    ),
    summaries=(
        "Lễ hội là dịp quảng bá hình ảnh con người, văn hóa {place} đến du khách gần xa.",
        "Doanh thu du lịch tăng mạnh nhờ các sản phẩm mới và hoạt động xúc tiến hiệu quả.",
    ),
    sentences=(
        "Lễ hội diễn ra trong ba ngày với các hoạt động hội chợ, trưng bày sản phẩm OCOP, thi ẩm thực và biểu diễn văn nghệ.",
        "Tổng thu từ du lịch ước đạt {n3} tỷ đồng, tăng {p1}% so với cùng kỳ.",
        "Nhiều hộ dân chuyển sang làm du lịch cộng đồng, đón khách trải nghiệm cuộc sống {landscape}.",
        "Chị Võ Thị Mỹ Duyên, một du khách, cho biết: “Cảnh sắc nơi đây rất đẹp, người dân thân thiện, món ăn ngon”.",
        "{art_note}",
        "Địa phương đầu tư nâng cấp hạ tầng, đào tạo kỹ năng làm du lịch cho người dân.",
        "Ban tổ chức trao giải nhất cho đội đến từ {place} với tiết mục được đánh giá cao về nội dung và nghệ thuật trình diễn.",
        "Ngành văn hóa tiếp tục phối hợp với các công ty lữ hành xây dựng tour, tuyến gắn với các điểm di tích lịch sử.",
        "Các hoạt động thể thao truyền thống như {games} thu hút đông đảo người dân cổ vũ.",
    ),
    captions=(
        "Tiết mục văn nghệ chào mừng lễ hội.",
        "Du khách trải nghiệm du lịch cộng đồng tại {place}.",
        "Các đội tham gia hội thi {art}.",
        "Gian hàng trưng bày sản phẩm OCOP thu hút du khách.",
        "{games_caption}",
    ),
    subheads=("Quảng bá hình ảnh địa phương", "Gìn giữ bản sắc văn hóa"),
    tags=("du lịch", "lễ hội", "{art_tag}", "văn hóa"),
    orgs=("Sở Văn hóa, Thể thao và Du lịch", "Trung tâm Văn hóa - Thể thao", "UBND"),
)

_topic(
    key="kinh_te",
    titles=(
        "Thu hút đầu tư vào khu công nghiệp {place}",
        "Doanh nghiệp {prov} tăng tốc sản xuất hàng Tết",
        "Giải ngân vốn đầu tư công đạt {p2}% kế hoạch",
        "Xuất khẩu nông sản của {prov} khởi sắc",
    ),
    leads=(
        "{Org} {prov} trao giấy chứng nhận đầu tư cho {n1} dự án với tổng vốn đăng ký hơn {n3} tỷ đồng.",
        "nhiều doanh nghiệp tại {place} tăng ca sản xuất để đáp ứng nhu cầu thị trường dịp cuối năm.",
        "{Org} {prov} họp đánh giá tiến độ giải ngân vốn đầu tư công những tháng cuối năm.",
    ),
    summaries=(
        "Môi trường đầu tư cải thiện giúp {prov} thu hút thêm nhiều dự án quy mô lớn.",
        "Sức mua dự báo tăng cao, doanh nghiệp chủ động nguồn hàng, bình ổn giá.",
    ),
    sentences=(
        "Từ đầu năm đến nay, tỉnh thu hút {n1} dự án mới với tổng vốn đăng ký {n3} tỷ đồng.",
        "Các doanh nghiệp đánh giá cao sự hỗ trợ của chính quyền trong giải quyết thủ tục, bố trí mặt bằng sản xuất.",
        "Kim ngạch xuất khẩu ước đạt {n3} triệu USD, tăng {p1}% so với cùng kỳ, trong đó {export} và nông sản chiếm tỷ trọng lớn.",
        "Nhiều dự án vẫn chậm giải ngân do vướng bồi thường, giải phóng mặt bằng và biến động giá vật liệu xây dựng.",
        "Lãnh đạo {prov} yêu cầu các chủ đầu tư lập kế hoạch giải ngân chi tiết theo từng tháng, gắn trách nhiệm người đứng đầu.",
        "Doanh nghiệp chuẩn bị lượng hàng hóa tăng khoảng {p1}% so với năm trước, tập trung vào các mặt hàng thiết yếu.",
        "Khu công nghiệp đã lấp đầy {p2}% diện tích, giải quyết việc làm cho hơn {n3} lao động.",
        "Ông Phạm Minh Quang, giám đốc một công ty chế biến {export}, cho biết đơn hàng xuất khẩu đã kín đến hết quý I năm sau.",
        "Ngân hàng trên địa bàn triển khai các gói tín dụng ưu đãi hỗ trợ doanh nghiệp phục hồi sản xuất.",
    ),
    captions=(
        "Công nhân làm việc tại một doanh nghiệp trong khu công nghiệp.",
        "Trao giấy chứng nhận đầu tư cho các nhà đầu tư.",
        "Chế biến {export} xuất khẩu tại {place}.",
        "Người dân mua sắm tại siêu thị.",
    ),
    subheads=("Cải thiện môi trường đầu tư", "Tăng tốc giải ngân"),
    tags=("đầu tư", "doanh nghiệp", "xuất khẩu", "giải ngân vốn đầu tư công", "khu công nghiệp"),
    orgs=("Sở Tài chính", "Ban Quản lý các khu công nghiệp", "UBND"),
)

#: sentences any topic may borrow
GENERIC_SENTENCES: tuple[str, ...] = (
    "Thời gian tới, địa phương tiếp tục tăng cường công tác tuyên truyền để người dân hiểu và đồng thuận thực hiện.",
    "Các cơ quan chuyên môn được giao theo dõi, đôn đốc và báo cáo kết quả định kỳ hằng tháng.",
    "Đây là một trong những nhiệm vụ trọng tâm được cấp ủy, chính quyền {place} xác định ngay từ đầu năm.",
    "Việc triển khai nhận được sự đồng tình, ủng hộ của đông đảo cán bộ, đảng viên và nhân dân.",
    "Lãnh đạo địa phương đề nghị các ngành phối hợp chặt chẽ, tránh tình trạng đùn đẩy trách nhiệm.",
    "Kết quả này góp phần quan trọng vào việc hoàn thành các mục tiêu phát triển kinh tế - xã hội của {prov}.",
)

#: edition 2 adds one of these at the end of an updated article's body
UPDATE_NOTES: tuple[str, ...] = (
    "Cập nhật: Cơ quan chức năng cho biết sẽ tiếp tục theo dõi, thông tin kết quả cụ thể trong thời gian tới.",
    "Cập nhật: Sau khi bài viết được đăng, lãnh đạo địa phương đã chỉ đạo các đơn vị liên quan khẩn trương triển khai.",
    "Cập nhật: Đơn vị chủ trì đã bổ sung số liệu chính thức, các chỉ tiêu đều đạt và vượt so với báo cáo ban đầu.",
)

#: the local authorities of ``{Local}``
LOCAL_ORGS: tuple[str, ...] = ("UBND", "Đảng ủy", "Ủy ban MTTQ Việt Nam")

#: the short text of a photo story (the captions carry it); lower-case like the leads
PHOTO_LEADS: tuple[str, ...] = (
    "những hình ảnh ghi nhận tại {place} trong những ngày qua.",
    "chùm ảnh về không khí lao động, sản xuất tại {place}.",
    "một số hình ảnh tại {place} do phóng viên ghi lại.",
)

#: extra captions for photo stories (long, descriptive)
PHOTO_CAPTIONS: tuple[str, ...] = (
    "Từ sáng sớm, người dân đã có mặt đông đủ, khẩn trương chuẩn bị cho ngày làm việc mới trên những cánh đồng.",
    "Các lực lượng đoàn viên, thanh niên tình nguyện hỗ trợ người dân dọn dẹp vệ sinh, trồng cây xanh dọc tuyến đường.",
    "Những tuyến đường bê tông thẳng tắp nối liền các {hamlet} tạo nên diện mạo mới cho vùng nông thôn.",
    "Không khí mua bán nhộn nhịp tại {market}, nơi tập trung nông sản của bà con trong vùng.",
    "Học sinh phấn khởi trong ngày đầu tiên học tập tại ngôi trường mới khang trang, sạch đẹp.",
    "Cán bộ, chiến sĩ giúp dân khắc phục hậu quả thiên tai, sớm ổn định cuộc sống.",
    "Sản phẩm làng nghề truyền thống được nhiều du khách lựa chọn làm quà khi đến tham quan.",
    "Ánh đèn rực rỡ trên cây cầu mới trở thành điểm check-in quen thuộc của người dân vào buổi tối.",
)

#: regional words: the same sentence told in the Mekong delta or in the northern mountains
REGIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "mekong": {
        "crop": ("sầu riêng", "bưởi da xanh", "xoài cát Hòa Lộc", "thanh long", "khóm"),
        "rice": ("lúa thu đông", "lúa đông xuân"),
        "hazard": ("xâm nhập mặn", "sạt lở bờ sông"),
        "hamlet": ("ấp",),
        "art": ("đờn ca tài tử",),
        "art_tag": ("đờn ca tài tử",),
        "art_note": ("Đờn ca tài tử Nam Bộ là di sản văn hóa phi vật thể đại diện của nhân loại, cần được gìn giữ và phát huy.",),
        "landscape": ("miệt vườn, sông nước",),
        "games": ("đua ghe, kéo co",),
        "games_caption": ("Đua ghe truyền thống trên sông.",),
        "market": ("chợ nổi",),
        "export": ("thủy sản", "trái cây"),
    },
    "mountain": {
        "crop": ("chè Shan tuyết", "quế", "chuối", "dứa", "lê Tai nung"),
        "rice": ("lúa mùa", "lúa xuân"),
        "hazard": ("sạt lở đất", "lũ quét"),
        "hamlet": ("thôn", "bản"),
        "art": ("hát then, múa xòe",),
        "art_tag": ("múa xòe",),
        "art_note": ("Nghệ thuật Xòe Thái là di sản văn hóa phi vật thể đại diện của nhân loại, cần được gìn giữ và phát huy.",),
        "landscape": ("bản làng vùng cao",),
        "games": ("ném còn, đẩy gậy",),
        "games_caption": ("Trò chơi ném còn trong ngày hội.",),
        "market": ("chợ phiên vùng cao",),
        "export": ("chè", "quế"),
    },
}
