"""Pure units of the live room: personal-data masking and client-frame parsing."""

import pytest

from studio.masking import mask_personal_data
from studio.protocol import FrameError, frame_parse


@pytest.mark.parametrize(
    ("text", "kinds", "gone", "kept"),
    [
        ("我的电话13812345678", ["phone"], "13812345678", "5678"),
        ("call 138 1234 5678 ok", ["phone"], "138 1234", "5678"),
        ("手机号１３８１２３４５６７８", ["phone"], "１３８１２３４", "５６７８"),
        ("身份证11010519491231002X谢谢", ["id_number"], "110105194912", "002X"),
        ("卡号6222 0212 3456 7890 123", ["card_number"], "6222 0212", "0 123"),
        ("卡号6222-0212-3456-7890", ["card_number"], "6222-0212", "7890"),
    ],
)
def test_personal_numbers_are_masked_to_their_last_four_digits(text, kinds, gone, kept):
    masked, found = mask_personal_data(text)
    assert found == kinds and gone not in masked and masked.endswith(text[text.index(kept) :])


@pytest.mark.parametrize(
    "text", ["收益3.5%，起购1万元", "订单号20241123", "R2产品，期限90天", "2026年11月23日 20:00"]
)
def test_ordinary_numbers_are_left_alone(text):
    assert mask_personal_data(text) == (text, [])


def test_a_valid_frame_is_parsed():
    frame = frame_parse({"type": "user.mute", "user_id": 7, "minutes": 10, "ref": "a1"})
    assert (frame.type, frame.user_id, frame.minutes, frame.ref) == ("user.mute", 7, 10, "a1")
    assert frame_parse({"type": "chat.pin", "message_id": None}).message_id is None


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ([1, 2], "malformed"),
        ({"text": "no type"}, "malformed"),
        ({"type": "chat.yell", "text": "x"}, "unknown_type"),
        ({"type": "chat.send"}, "malformed"),
        ({"type": "chat.send", "text": ""}, "malformed"),
        ({"type": "chat.send", "text": "x" * 501}, "too_long"),
        ({"type": "chat.send", "text": "x", "extra": 1}, "malformed"),
        ({"type": "qa.upvote", "question_id": "3"}, "malformed"),
        ({"type": "qa.upvote", "question_id": True}, "malformed"),
        ({"type": "user.mute", "user_id": 3, "minutes": -1}, "malformed"),
        ({"type": "room.slow_mode", "seconds": 99999}, "malformed"),
        ({"type": "resume", "last_seq": -1}, "malformed"),
        ({"type": "reaction", "kind": "bomb"}, "malformed"),
        ({"type": "chat.send", "text": "x", "ref": ""}, "malformed"),
    ],
)
def test_bad_frames_raise_a_coded_error(content, code):
    with pytest.raises(FrameError) as caught:
        frame_parse(content)
    assert caught.value.code == code and caught.value.message


def test_the_error_keeps_the_ref_so_the_client_can_match_it():
    with pytest.raises(FrameError) as caught:
        frame_parse({"type": "chat.send", "text": 5, "ref": "r-9"})
    assert caught.value.details["ref"] == "r-9"
