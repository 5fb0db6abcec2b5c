"""The document camera (高拍仪) or webcam through Qt Multimedia: live preview, one-key capture.

Common 高拍仪 are UVC cameras, so ``QCamera`` drives them like any webcam. A counter without a camera
— or whose camera is unplugged mid-capture (``QCamera.errorOccurred``, or the device vanishing from
``QMediaDevices.videoInputs``) — gets a Chinese message and keeps every page already captured; the
hot folder and file import still work.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QCamera, QCameraDevice, QImageCapture, QMediaCaptureSession, QMediaDevices
from PySide6.QtMultimediaWidgets import QVideoWidget


def device_id(device: QCameraDevice) -> str:
    return bytes(device.id().data()).decode("utf-8", "replace")


class CameraSource(QObject):
    """``captured(QImage)`` for each picture taken, ``problem(str)`` when there is none to take,
    ``running(bool)`` as the camera starts and stops."""

    captured = Signal(QImage)
    problem = Signal(str)
    running = Signal(bool)

    def __init__(self, preview: QVideoWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.camera: QCamera | None = None
        self.device: QCameraDevice | None = None
        self.session = QMediaCaptureSession(self)
        self.capture = QImageCapture(self)
        self.session.setImageCapture(self.capture)
        self.session.setVideoOutput(preview)
        self.devices = QMediaDevices(self)
        self.devices.videoInputsChanged.connect(self._inputs_changed)
        self.capture.imageCaptured.connect(lambda _id, image: self.captured.emit(image))
        self.capture.errorOccurred.connect(lambda _id, _error, text: self.problem.emit(
            self.tr("拍照失败：{reason}").format(reason=text)))

    @property
    def active(self) -> bool:
        return self.camera is not None

    def start(self, wanted: str = "") -> bool:
        """Start the camera named in the settings (``camera_device``: id or name), else the default."""
        inputs = QMediaDevices.videoInputs()
        if not inputs:
            self.problem.emit(self.tr("未检测到高拍仪或摄像头。请连接设备后重试，或使用扫描仪热文件夹、导入文件"))
            return False
        device = next((d for d in inputs if wanted and wanted in (device_id(d), d.description())),
                      QMediaDevices.defaultVideoInput())
        self.camera = QCamera(device, self)
        self.device = device
        self.camera.errorOccurred.connect(self._camera_error)
        self.session.setCamera(self.camera)
        self.camera.start()
        self.running.emit(True)
        return True

    def take(self) -> bool:
        """One picture (Space); False (with a message) when the camera is not ready."""
        if self.camera is None:
            return False
        if not self.capture.isReadyForCapture():
            self.problem.emit(self.tr("高拍仪尚未就绪，请稍候再拍"))
            return False
        self.capture.capture()
        return True

    def stop(self) -> None:
        if self.camera is not None:
            self.camera.stop()
            self.session.setCamera(None)
            self.camera.deleteLater()
        self.camera = self.device = None
        self.running.emit(False)

    def _camera_error(self, _error: QCamera.Error, text: str) -> None:
        self.lost(text)

    def _inputs_changed(self) -> None:
        if self.device is not None and device_id(self.device) not in map(device_id, QMediaDevices.videoInputs()):
            self.lost(self.tr("设备已拔出"))

    def lost(self, reason: str) -> None:
        """The camera went away mid-capture: stop, say so; the pages taken so far are kept."""
        self.stop()
        self.problem.emit(self.tr("高拍仪连接中断（{reason}）。已拍摄的页面已保存，请重新连接后继续").format(reason=reason))
