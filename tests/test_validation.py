import pytest

from directory_app.domain.validation import (
    ValidationError,
    check_email,
    check_url,
    normalise_phone,
)


@pytest.mark.parametrize(("written", "e164"), [
    ("095-291-29-04", "+74952912904"),       # Moscow's pre-2001 code
    ("8 (095) 291-2904", "+74952912904"),    # with the domestic trunk prefix
    ("812-247-40-46", "+78122474046"),       # St. Petersburg, unchanged
    ("+7 495 291 29 04", "+74952912904"),
    ("(495) 225-31-18", "+74952253118"),
    ("+44 20 7413 5500", "+442074135500"),
])
def test_phone_normalised_and_written_form_kept(written, e164):
    result = normalise_phone(written)
    assert result.e164 == e164
    assert result.written == written
    assert result.warning == ""


def test_phone_that_cannot_be_normalised_is_kept_with_warning():
    result = normalise_phone("ext. 12345")
    assert result.e164 == ""
    assert result.written == "ext. 12345"
    assert "12345" in result.warning


@pytest.mark.parametrize("good", ["info@amnesty.org.ru", "a.b+c@example.com",
                                  "mailto:x@y.org", "почта@пример.рф"])
def test_email_accepted(good):
    assert "@" in check_email(good)


@pytest.mark.parametrize("bad", ["", "no-at-sign", "a@b", "two@@example.org", "sp ace@x.org",
                                 "[email protected]"])
def test_email_refused_names_field(bad):
    with pytest.raises(ValidationError) as err:
        check_email(bad, "value")
    assert err.value.field == "value"
    assert "e-mail" in err.value.reason


def test_url_gets_scheme_and_bad_urls_are_refused():
    assert check_url("www.amnesty.org.ru") == "http://www.amnesty.org.ru"
    with pytest.raises(ValidationError, match="web address"):
        check_url("not a url")


def test_malformed_host_is_a_validation_error_not_a_crash():
    for text in ("[", "http://[::1", "http://]x["):
        with pytest.raises(ValidationError, match="web address"):
            check_url(text)
