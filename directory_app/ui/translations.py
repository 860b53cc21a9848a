"""Loading the app's and Qt's own translations for the chosen or the system language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from directory_app import paths

CATALOGUE = "ngo_directory"

# The translators `install_translators` put in, so a language switch knows what to take out.
_installed: list[QTranslator] = []


def locale_for(language: str) -> QLocale:
    """The locale for a Preferences value: "system", "en" or "ru"."""
    if language == "ru":
        return QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale.system()


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install translators for `language`; returns them (keep them alive with the app).

    English is the source language, but its catalogue holds the plural forms ("1 organisation",
    "2 organisations"): it is loaded for English, and for a language the app has no catalogue
    for (the window is then in English).
    """
    locale = locale_for(language)
    QLocale.setDefault(locale)
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(paths.translations_dir())
    for name, folder in ((CATALOGUE, ours), ("qtbase", qt_dir)):
        translator = QTranslator(app)
        if (translator.load(locale, name, "_", folder)
                or (name == CATALOGUE and translator.load(f"{CATALOGUE}_en", ours))):
            app.installTranslator(translator)
            installed.append(translator)
    _installed.extend(installed)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in list(translators):
        app.removeTranslator(translator)
        if translator in _installed:
            _installed.remove(translator)


def installed_translators() -> list[QTranslator]:
    return list(_installed)


def switch_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Replace the installed translators by those of `language`, at once: Qt sends every
    widget a LanguageChange event, on which the main window retranslates itself."""
    old = installed_translators()
    remove_translators(app, old)
    for translator in old:
        translator.deleteLater()
    return install_translators(app, language)
