"""The language step: a cheap guess from script and stopwords, from the page's prose lines."""

import pytest

from cleantext.normalisers.language import detect_language, guess_language, stoplist
from cleantext.page import Page

SENTENCES = {
    "en": "The minister said the plan would be ready by the end of the year.",
    "de": "Der Minister sagte, dass der Plan bis zum Ende des Jahres fertig sein werde.",
    "fr": "Le ministre a dit que le plan serait prêt avant la fin de l'année.",
    "es": "El ministro dijo que el plan estaría listo antes del final del año.",
    "it": "Il ministro ha detto che il piano sarà pronto entro la fine dell'anno.",
    "pt": "O ministro disse que o plano estará pronto até o final do ano.",
    "pl": "Minister powiedział, że plan będzie gotowy do końca roku, i że to jest ważne.",
    "uk": "Міністр сказав, що план буде готовий до кінця року, і це дуже важливо.",
    "ru": "Министр сказал, что план будет готов до конца года, и это очень важно.",
    "zh": "部长说，这个计划将在年底之前准备好。",
    "ja": "大臣は、計画は年末までに準備ができると述べました。",
    "ko": "장관은 계획이 연말까지 준비될 것이라고 말했습니다.",
}


@pytest.mark.parametrize(("language", "sentence"), SENTENCES.items())
def test_guesses(language: str, sentence: str) -> None:
    assert guess_language(sentence) == language


def test_unsure_is_none() -> None:
    assert guess_language("") is None
    assert guess_language("12345 67 89") is None


def test_english_menus_do_not_outvote_the_article() -> None:
    menu = "\n".join(["Home", "News", "Sport", "About us", "Contact", "More"] * 5)
    page = Page("")
    page.set_text(menu + "\n" + "\n".join([SENTENCES["de"]] * 3))
    detect_language(page)
    assert page.language == "de"


def test_stoplists_are_for_word_counting_languages() -> None:
    assert "the" in stoplist("en")
    assert stoplist("zh") is None
    assert stoplist(None) is None
