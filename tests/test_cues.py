"""Cue backends: the recording sink tests use, the silent one, and the real one on a
machine with no audio device (this CI box): it must stay silent, never raise, log one
line, and get a speech engine ready off the GUI thread."""

from __future__ import annotations

import logging

from coach.ui.cues import CueSink, QtCues, RecordingCues, SilentCues, engine_order, multimedia
from tests.helpers import sound

no_sound_library = sound.no_sound_library


def test_recording_sink_keeps_every_cue_in_order():
    sink = RecordingCues()
    sink.tick()
    sink.countdown(3)
    sink.phase_end()
    sink.say("Switch sides")
    assert sink.calls == [("tick",), ("countdown", 3), ("phase_end",), ("say", "Switch sides")]
    assert sink.spoken() == ["Switch sides"]
    assert isinstance(sink, CueSink)


def test_silent_sink_accepts_every_cue():
    sink = SilentCues()
    assert isinstance(sink, CueSink)
    sink.tick()
    sink.countdown(1)
    sink.phase_end()
    sink.say("anything")


def test_engine_order_prefers_real_engines_and_never_picks_the_test_engine():
    assert engine_order(["mock", "speechd", "flite"]) == ["flite", "speechd"]
    assert engine_order(["mock"]) == []


def test_real_cues_without_audio_device_are_silent_with_one_log_line(qapp, caplog, monkeypatch):
    from PySide6.QtMultimedia import QMediaDevices

    # Force "no sound card" even on a machine that has one, so the test is silent.
    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    lines = _every_cue_silently(caplog)
    assert lines == ["No audio output device: sound cues are off (shown on screen only)."]


def test_real_cues_without_the_sound_library_are_silent_with_one_log_line(
    qapp, caplog, no_sound_library
):
    # a bare Debian without libpulse0: PySide6.QtMultimedia cannot be imported
    lines = _every_cue_silently(caplog)
    assert len(lines) == 1 and "sound library did not load" in lines[0]
    assert multimedia() is None  # asked again: the failure is remembered, not retried


def _every_cue_silently(caplog) -> list[str]:
    """Prepare the real cues without a voice, give every cue, and return the log lines."""
    cues = QtCues(engines=["no-such-engine"], ready_timeout_ms=5000)
    with caplog.at_level(logging.INFO, logger="coach.ui.cues"):
        cues.prepare(voice=False)
        cues.tick()
        cues.countdown(3)
        cues.phase_end()
        cues.say("Rest thirty seconds")
    cues.shutdown()
    return [r.getMessage() for r in caplog.records]


def test_mock_speech_engine_becomes_ready_off_the_gui_thread(qtbot, caplog):
    cues = QtCues(engines=["mock"], ready_timeout_ms=5000)
    with caplog.at_level(logging.INFO, logger="coach.ui.cues"):
        cues.prepare(voice=True)
        assert cues.speech_state == "starting"  # prepare returned without waiting
        qtbot.waitUntil(lambda: cues.speech_state == "ready", timeout=5000)
    cues.say("Clam shell, left side")
    assert any("mock" in r.getMessage() for r in caplog.records)
    cues.shutdown()


def test_unknown_speech_engine_falls_back_to_silent(qtbot, caplog):
    cues = QtCues(engines=["no-such-engine"], ready_timeout_ms=5000)
    with caplog.at_level(logging.INFO, logger="coach.ui.cues"):
        cues.prepare(voice=True)
        qtbot.waitUntil(lambda: cues.speech_state == "failed", timeout=5000)
    cues.say("nobody hears this")
    assert sum("spoken cues are off" in r.getMessage() for r in caplog.records) == 1
    cues.shutdown()
