"""The generic parser on small pages, one per defect it had on real Vietnamese pages of undeclared sites.

Each page is a minimal undeclared-site article (no family's fingerprints): a headline, a date line,
a body of several paragraphs and the one feature under test. The saved real pages are in
tests/fixtures/ (the six ``undeclared`` ones come from shared/pages/dev).
"""

from __future__ import annotations

from typing import Any

from crawler.parsers import parse_with_report

URL = "https://tin-tuc.example.vn/xa-hoi/bai-viet-mau-ve-giao-thong-20121225102500.html"
PARAGRAPHS = (
    "<p>Sáng 25/12, hàng nghìn người dân đổ về trung tâm thành phố để đón Giáng sinh, khiến nhiều tuyến đường "
    "ùn tắc kéo dài trong nhiều giờ liền.</p>"
    "<p>Lực lượng cảnh sát giao thông đã được tăng cường tại các nút giao lớn, phân luồng từ sớm để hạn chế "
    "tình trạng kẹt xe, theo thông tin từ Sở Giao thông vận tải.</p>"
    "<p>Nhiều người cho biết họ phải mất hơn một giờ mới đi qua được đoạn đường chưa đầy hai cây số, dù đã "
    "chọn đi đường vòng để tránh khu vực nhà thờ.</p>"
)


def page(body: str = "", *, head: str = "", title: str = "Hàng nghìn người đổ về trung tâm đón Giáng sinh",
         before: str = "", after: str = "", date: str = "25/12/2012 10:25", date_class: str = "date") -> str:
    """An article page of an undeclared site: ``before``/``after`` go around the article's box."""
    return (
        f"<html><head><meta charset='utf-8'>{head}</head><body>"
        "<div class='menu'><a href='/'>Trang chủ</a> <a href='/xa-hoi'>Xã hội</a> <a href='/kinh-te'>Kinh tế</a></div>"
        f"<div class='main'><h1 class='title'>{title}</h1><div class='{date_class}'>{date}</div>{before}"
        f"<div class='content'>{PARAGRAPHS}{body}</div>{after}</div>"
        "<div class='footer'><p>Giấy phép số 123/GP-BTTTT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>"
        "</body></html>"
    )


def item_of(html: str) -> dict[str, Any]:
    result = parse_with_report(html, URL)
    assert result.item["extraction"] == "generic"
    return result.item


# --- captions are not body text -------------------------------------------------------------------------


def test_caption_cell_of_a_figure_table_is_the_images_caption() -> None:
    item = item_of(page(
        "<table class='image center'><tbody><tr><td><img src='/anh/1.jpg'></td></tr>"
        "<tr><td class='image_desc'>Dòng xe nhích từng chút trên đường Đinh Tiên Hoàng. Ảnh: Lê Hiếu</td></tr>"
        "</tbody></table><p>Đến 23h, tình trạng ùn tắc mới giảm dần ở các ngả đường vào trung tâm.</p>"
    ))
    assert "Đinh Tiên Hoàng" not in item["body"]
    assert item["images"] == [{"url": "https://tin-tuc.example.vn/anh/1.jpg",
                               "caption": "Dòng xe nhích từng chút trên đường Đinh Tiên Hoàng.", "credit": "Lê Hiếu"}]


def test_tplcaption_figure_caption_is_not_body() -> None:
    item = item_of(page(
        "<figure class='tplCaption'><div class='fig-picture'><img data-src='https://cdn.example.vn/2.jpg' "
        "src='data:image/gif;base64,R0'></div><figcaption><p class='Image'>Người dân chen chúc trước cổng nhà thờ. "
        "Ảnh: <em>Ngọc Thành</em></p></figcaption></figure>"
        "<p>Đến 23h, tình trạng ùn tắc mới giảm dần ở các ngả đường vào trung tâm.</p>"
    ))
    assert "chen chúc" not in item["body"]
    assert item["images"][0]["caption"] == "Người dân chen chúc trước cổng nhà thờ."
    assert item["images"][0]["credit"] == "Ngọc Thành"


def test_centred_italic_line_under_an_image_is_its_caption() -> None:
    item = item_of(page(
        "<p style='text-align:center'><img src='/anh/3.jpg'></p>"
        "<p style='text-align:center'><em>Hàng quán ven đường tấp nập khách suốt đêm.</em></p>"
        "<p>Đến 23h, tình trạng ùn tắc mới giảm dần ở các ngả đường vào trung tâm.</p>"
    ))
    assert "tấp nập" not in item["body"]
    assert item["images"][0]["caption"] == "Hàng quán ven đường tấp nập khách suốt đêm."


def test_a_plain_line_ending_with_a_photo_credit_under_an_image_is_its_caption() -> None:
    item = item_of(page(
        "<p><img src='/anh/4.jpg'></p><p>Cảnh sát phân luồng tại ngã tư Hàng Bài. Ảnh: Quang Huy</p>"
        "<p>Đến 23h, tình trạng ùn tắc mới giảm dần ở các ngả đường vào trung tâm.</p>"
    ))
    assert "Hàng Bài" not in item["body"]
    assert item["images"][0] == {"url": "https://tin-tuc.example.vn/anh/4.jpg",
                                 "caption": "Cảnh sát phân luồng tại ngã tư Hàng Bài.", "credit": "Quang Huy"}


# --- bylines ------------------------------------------------------------------------------------------------


def test_theo_before_a_persons_name_is_not_part_of_the_name() -> None:
    item = item_of(page(head="<meta name='author' content='Theo Phạm Trường'>"))
    assert item["authors"] == ["Phạm Trường"]


def test_a_vendor_named_as_author_is_not_an_author() -> None:
    item = item_of(page(head="<meta name='author' content='Công nghệ ChannelVN'>"))
    assert item["authors"] == []


def test_the_name_printed_under_the_body_is_the_author() -> None:
    item = item_of(page(after="<div class='author-name'>Hoàng Minh</div>",
                        head="<meta name='author' content='Báo Tin Tức Điện Tử'>"))
    assert item["authors"] == ["Hoàng Minh"]
    assert "Hoàng Minh" not in item["body"]


# --- dates --------------------------------------------------------------------------------------------------


def test_a_sidebar_storys_date_is_not_the_articles() -> None:
    sidebar = ("<div class='sidebar'><ul><li><a href='/tin-khac-20121220080000.html'>Tin khác hôm trước</a> "
               "<time datetime='2012-12-20T08:00:00+07:00'>20/12/2012</time></li></ul></div>")
    html = page().replace("<div class='main'>", sidebar + "<div class='main'>")
    item = item_of(html)
    assert item["published_at"] == "2012-12-25T10:25:00+07:00"


def test_the_visible_time_beats_a_date_only_meta() -> None:
    # the date line's class is the site's own ("thoigian"), not one of a list of known names
    item = item_of(page(head="<meta property='article:published_time' content='2012-12-25'>", date_class="thoigian"))
    assert item["published_at"] == "2012-12-25T10:25:00+07:00"
    assert item["published_raw"] == "25/12/2012 10:25"



def test_a_date_line_with_a_month_name_of_another_language() -> None:
    item = item_of(page(date="Veröffentlicht am 13. Mai 2012 um 15:44"))
    assert item["published_at"] == "2012-05-13T15:44:00+07:00"


def test_a_labelled_date_line_just_after_the_text() -> None:
    # no date by the headline; the article's info box after the text says "Datum", then the day
    html = page(date="", date_class="kicker",
                after="<ul class='facts'><li><strong>Datum</strong> 28.04.2012</li>"
                      "<li><strong>Autor</strong> Roman Goncharenko</li></ul>")
    item = item_of(html)
    assert item["published_at"] == "2012-04-28T00:00:00+07:00"



def test_a_live_blogs_json_ld_is_the_articles_metadata() -> None:
    # schema.org's LiveBlogPosting (and the other NewsArticle kinds) is an article
    ld = ('<script type="application/ld+json">{"@context": "http://schema.org", "@type": "LiveBlogPosting", '
          '"headline": "Hàng nghìn người đổ về trung tâm đón Giáng sinh", "datePublished": "2012-12-24T13:23:00Z", '
          '"dateModified": "2012-12-25T19:49:50Z", "author": {"@type": "Person", "name": "Phoebe Tonks"}}</script>')
    item = item_of(page(date="", date_class="kicker",
                        head="<meta property='article:published_time' content='2012-12-25T19:49:50Z'>" + ld))
    assert item["published_at"] == "2012-12-24T20:23:00+07:00"
    assert item["authors"] == ["Phoebe Tonks"]



def test_the_article_a_web_pages_json_ld_names_as_its_main_entity_is_read() -> None:
    ld = ('<script type="application/ld+json">{"@context": "http://schema.org", "@type": "WebPage", "mainEntity": '
          '{"@type": "NewsArticle", "headline": "Hàng nghìn người đổ về trung tâm đón Giáng sinh", '
          '"datePublished": "2012-12-24T20:44:00+0200", "author": [{"@type": "Person", "name": "Simone Jung"}]}}</script>')
    item = item_of(page(date="<time datetime='2012-12-24 20:44'>24.12.2012, 20:44 Uhr</time>", head=ld))
    assert item["published_at"] == "2012-12-25T01:44:00+07:00"
    assert item["authors"] == ["Simone Jung"]


# --- tags, category, lead, title ------------------------------------------------------------------------------


def test_the_tags_the_page_links_beat_keyword_junk() -> None:
    item = item_of(page(
        after="<div class='tags'>Từ khóa: <a href='/tag/giang-sinh.html'>Giáng sinh</a>, "
              "<a href='/tag/un-tac.html'>ùn tắc</a></div>",
        head="<meta name='keywords' content='Tin tuc, tin moi, doc bao, tin nhanh 24h'>",
    ))
    assert item["tags"] == ["Giáng sinh", "ùn tắc"]


def test_the_breadcrumb_beats_article_section() -> None:
    item = item_of(page(
        before="<div class='breadcrumb'><a href='/'>Trang chủ</a> » <a href='/xa-hoi'>Xã hội</a> » "
               "<a href='/xa-hoi/giao-thong'>Giao thông</a></div>",
        head="<meta property='article:section' content='News'>",
    ))
    assert item["category"] == ["Xã hội", "Giao thông"]


def test_entities_left_escaped_in_the_description_are_decoded_in_the_lead() -> None:
    item = item_of(page(head="<meta name='description' content='Người dân đổ về &amp;quot;phố đi bộ&amp;quot; "
                             "từ chiều 24/12 để đón Giáng sinh.'>"))
    assert item["sapo"] == 'Người dân đổ về "phố đi bộ" từ chiều 24/12 để đón Giáng sinh.'


def test_the_visible_headline_beats_an_seo_title() -> None:
    item = item_of(page(head="<meta property='og:title' content='Tin nóng Giáng sinh 2012: kẹt xe, ùn tắc, "
                             "đọc ngay | Tin Tức'>"))
    assert item["title"] == "Hàng nghìn người đổ về trung tâm đón Giáng sinh"


def test_a_kicker_inside_the_headline_element_is_not_the_title() -> None:
    # the h1 prints a kicker and the headline; the metadata names the headline alone
    head = "<meta property='og:title' content='Hàng nghìn người đổ về trung tâm đón Giáng sinh'>"
    for title in ("<span class='kicker'>Giao thông</span> Hàng nghìn người đổ về trung tâm đón Giáng sinh",
                  "Giao thông dịp lễ: Hàng nghìn người đổ về trung tâm đón Giáng sinh"):
        item = item_of(page(head=head, title=title))
        assert item["title"] == "Hàng nghìn người đổ về trung tâm đón Giáng sinh", title


def test_the_metadata_gives_the_punctuation_of_the_headline_it_agrees_with_word_for_word() -> None:
    # the layout draws the colon after the kicker with CSS and glues the two spans: the words are the same
    head = "<meta property='og:title' content='Giao thông: Hàng nghìn người đổ về trung tâm đón Giáng sinh'>"
    item = item_of(page(head=head, title="<span>Giao thông</span><span>Hàng nghìn người đổ về trung tâm đón Giáng sinh</span>"))
    assert item["title"] == "Giao thông: Hàng nghìn người đổ về trung tâm đón Giáng sinh"


def test_an_seo_title_that_shares_the_end_of_the_headline_does_not_replace_it() -> None:
    # the og:title is the headline's last words only, and what the h1 prints before them is no kicker
    head = "<meta property='og:title' content='người đổ về trung tâm đón Giáng sinh'>"
    item = item_of(page(head=head))
    assert item["title"] == "Hàng nghìn người đổ về trung tâm đón Giáng sinh"


# --- authors ----------------------------------------------------------------------------------------------


def test_a_json_ld_author_given_by_its_id_in_the_graph_is_read() -> None:
    # the graph of an SEO plugin: the article names its author by @id, the Person is another node
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
          '{"@type": "NewsArticle", "headline": "Hàng nghìn người đổ về trung tâm đón Giáng sinh", '
          '"author": {"@id": "https://tin-tuc.example.vn/#/schema/person/abc"}}, '
          '{"@type": "Person", "@id": "https://tin-tuc.example.vn/#/schema/person/abc", "name": "Timo Shihepo"}]}</script>')
    item = item_of(page(head=ld))
    assert item["authors"] == ["Timo Shihepo"]


def test_a_job_title_printed_in_the_author_box_is_not_an_author() -> None:
    item = item_of(page(before="<div class='author-info'>By <a href='/authors/emma-mackenzie/'>Emma Mackenzie</a>"
                               "<span class='job-title'>Lifestyle Writer</span></div>"))
    assert item["authors"] == ["Emma Mackenzie"]



def test_a_byline_inside_a_wrapper_named_media_is_no_photo_credit() -> None:
    # "media" in a big wrapper's class names the layout, not a photo caption
    html = page(before="<p class='author'>von <a href='mailto:a@example.vn'>David Straub</a></p>").replace(
        "<div class='main'>", "<div class='main mediaContainer'>")
    assert item_of(html)["authors"] == ["David Straub"]


def test_a_line_labelled_as_the_byline_names_the_authors() -> None:
    for box in ("<ul class='info'><li class='information-item'>Von: <span><a href='/bill-mccarthy'>Bill MCCARTHY</a>,"
                "</span> <span><a href='/marisha-goldhamer'>Marisha GOLDHAMER</a></span></li></ul>",
                "<ul class='facts'><li><strong>Autorin/Autor</strong> Bill MCCARTHY, Marisha GOLDHAMER</li></ul>"):
        item = item_of(page(after=box))
        assert item["authors"] == ["Bill MCCARTHY", "Marisha GOLDHAMER"], box


def test_a_sentence_that_starts_like_a_byline_label_is_no_byline() -> None:
    item = item_of(page(after="<p class='thanks'>Por sua causa, Carlos.</p>"))
    assert item["authors"] == []


def test_a_login_name_in_json_ld_is_no_author() -> None:
    for login in ("admin", "kei_eno", "webnata"):
        ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Hàng nghìn người đổ về '
              f'trung tâm đón Giáng sinh", "author": {{"@type": "Person", "name": "{login}"}}}}</script>')
        assert item_of(page(head=ld))["authors"] == [], login


def test_an_agencys_short_name_in_json_ld_stays() -> None:
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Hàng nghìn người đổ về '
          'trung tâm đón Giáng sinh", "author": {"@type": "Person", "name": "dpa"}}</script>')
    assert item_of(page(head=ld))["authors"] == ["dpa"]


def test_a_name_set_in_spans_inside_its_author_link_is_one_name() -> None:
    item = item_of(page(before="<div class='byline'><a rel='author' href='mailto:a@example.vn'>"
                               "<span class='firstname'>Ingrid</span> <span class='lastname'>Treborg</span></a></div>"))
    assert item["authors"] == ["Ingrid Treborg"]


def test_every_author_meta_is_read_the_outlets_one_left_out() -> None:
    item = item_of(page(head="<meta name='author' content='Báo Tin Tức'><meta name='author' content='Phạm Trường'>"))
    assert item["authors"] == ["Phạm Trường"]


# --- body ----------------------------------------------------------------------------------------------


def test_a_link_to_a_tag_page_inside_a_sentence_is_part_of_the_sentence() -> None:
    item = item_of(page("<p>Đêm 24/12, người dân <a class='tag-link' href='/tags/609'>Hà Nội</a> đổ về nhà thờ "
                        "<a class='tag-link' href='/tags/17'>Lớn</a> để dự lễ, đường phố kín người đến khuya.</p>"))
    assert "Đêm 24/12, người dân Hà Nội đổ về nhà thờ Lớn để dự lễ" in item["body"]


def test_an_embeds_consent_placeholder_is_not_body_text() -> None:
    consent = ("<div class='box do-display-embed'><div class='info-box'><div class='h3'>Empfohlener redaktioneller "
               "Inhalt</div><p>An dieser Stelle findest du einen externen Inhalt von YouTube, der den Artikel ergänzt."
               "<br>Du kannst ihn dir mit einem Klick anzeigen lassen und wieder ausblenden.</p>"
               "<div class='toggle-group'><div class='input-toggle'><input type='checkbox' id='t1'></div>"
               "<label for='t1'>YouTube-Inhalte erlauben</label></div>"
               "<p>Ich bin damit einverstanden, dass mir Inhalte von YouTube angezeigt werden. Personenbezogene Daten "
               "können an Drittplattformen übermittelt werden.</p></div></div>")
    item = item_of(page("<p>Đến 23h, tình trạng ùn tắc mới giảm dần ở các ngả đường vào trung tâm thành phố.</p>" + consent))
    assert "YouTube" not in item["body"] and "Đến 23h" in item["body"]
