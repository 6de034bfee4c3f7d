"""The seed article (shared/seed/cai-lay-article.txt), kept verbatim: its U+00A0 characters included.

A tiengiang.gov.vn news item of 8 December 2023. The tiengiang sample portal serves it as article 1,
the baoapbac portal as article 1 republished (as the modelled fixture tests/fixtures/baoapbac/ does).
"""

from __future__ import annotations

TITLE = 'Thị xã Cai Lậy tổng kết công tác quân sự, quốc phòng địa phương năm 2023'
DATE_LINE = '00:00 08/12/2023'
AUTHOR = 'Mai Phương'
#: the first paragraph is the lead sentence followed by one more sentence
LEAD = 'Ngày 06/12, Ban Chỉ huy Quân sự (CHQS) thị xã Cai Lậy tổ chức Hội nghị tổng kết công tác quân sự, quốc phòng (QSQP) địa phương năm 2023.'
PARAGRAPHS: tuple[str, ...] = (
    'Tham dự và phát biểu\xa0chỉ đạo hội nghị có\xa0ông\xa0Trần Văn Thức,\xa0Phó Bí thư Thị ủy, Chủ tịch Ủy ban nhân dân (UBND) thị xã Cai Lậy.',
    'Năm 2023, Ban CHQS thị xã đã quán triệt và thực hiện nghiêm túc các chỉ thị, nghị quyết về công tác QSQP địa phương; đẩy mạnh xây dựng nền quốc phòng toàn dân, thế trận quốc phòng toàn dân gắn với thế trận an ninh nhân dân ngày càng vững chắc. Trong năm, Ban CHQS tham mưu cho Thị ủy, UBND thị xã theo dõi, hướng dẫn các xã, phường diễn tập trong khu vực phòng thủ, phòng chống thiên tai, tìm kiếm cứu nạn; tổ chức diễn tập Chỉ huy -\xa0Tham mưu 1 bên 1 cấp trên bản đồ thị xã đạt yêu cầu và an toàn tuyệt đối. Công tác tuyển chọn và gọi công dân nhập ngũ đảm bảo công khai, dân chủ, đúng luật; hoàn thành 100% chỉ tiêu giao cho các đơn vị; đón nhận và tư vấn, giới thiệu việc làm cho quân nhân xuất ngũ trở về địa phương; làm tốt công tác tuyển sinh quân sự, tham gia các\xa0hội thi, hội thao đạt kết quả cao; xây dựng và phát triển lực lượng dân quân tự vệ, dự bị động viên đạt 100% quân số. Công tác trực sẵn sàng chiến đấu luôn được triển khai thực hiện, thông tin liên lạc được đảm bảo, thông suốt; công tác giáo dục chính trị, tư tưởng, bồi dưỡng kiến thức quốc phòng,\xa0an ninh cho các đối tượng được tăng cường; công tác quản lý vũ khí, trang bị, quân trang theo quy định. Thực hiện có hiệu quả cuộc vận động "Quân đội chung sức xây dựng nông thôn mới"; quan tâm, chăm lo đời sống vật chất, tinh thần cho cán bộ, chiến sĩ, làm tốt chính sách đối với quân đội và hậu phương quân đội. Các kết quả trên đã góp phần quan trọng, giữ vững ổn định chính trị, tạo điều kiện cho phát triển kinh tế - xã hội và củng cố quốc phòng -\xa0an ninh ở địa phương.',
    'Thảo luận tại hội nghị, các đại biểu tập trung đưa ra những ưu điểm, khó khăn hạn chế; đồng thời tập trung bàn chủ trương, giải pháp để tiếp tục lãnh đạo, chỉ đạo và tổ chức thực hiện công tác QSQP địa phương năm 2024 đạt kết quả cao hơn.',
    'Phát biểu kết luận,\xa0ông\xa0Trần Văn Thức, Phó Bí thư Thị ủy, Chủ tịch UBND thị xã đề nghị, trong năm 2024, Ban CHQS thị xã\xa0tiếp tục tập trung nâng cao vai trò, trách nhiệm và năng lực lãnh đạo của các cấp ủy đảng, sự chỉ đạo, quản lý, điều hành của chính quyền các cấp trong triển khai tổ chức thực hiện công tác QSQP địa phương. Duy trì nghiêm chế độ trực sẵn sàng chiến đấu, chuẩn bị lực lượng, phương tiện, vật chất sẵn sàng cơ động thực hiện nhiệm vụ khi có tình huống bất ngờ xảy ra. Triển khai và thực hiện công tác tuyển chọn, gọi công dân nhập ngũ đảm bảo hoàn thành 100% chỉ tiêu được giao. Tổ chức xây dựng lực lượng vũ trang thị xã vững mạnh, kiện toàn các đơn vị Dân quân tự vệ, Dự bị động viên đúng quy định; thực hiện nghiêm kế hoạch, nâng cao chất lượng huấn luyện cho các đối tượng. Làm tốt công tác bảo đảm Hậu cầu -\xa0Kỹ thuật cho nhiệm vụ sẵn sàng chiến đấu, huấn luyện, diễn tập, hội thi, hội thao. Tăng cường chỉ đạo, phối hợp hoạt động giữa quân sự, công an và các lực lượng khác trong bảo vệ an ninh chính trị địa phương.\xa0',
    'Dịp này, Ban CHQS thị xã phát động phong trào thi đua Quyết thắng năm 2024 và tổ chức khen thưởng cho các tập thể, cá nhân có thành tích tốt trong thực hiện nhiệm vụ quân sự, quốc phòng địa phương năm 2023.',
)
CAPTIONS: tuple[str, ...] = ('Trao giấy khen cho các cá nhân đạt thành tích trong thực hiện nhiệm vụ QSQP địa phương.', 'Đại biểu tham dự.')
