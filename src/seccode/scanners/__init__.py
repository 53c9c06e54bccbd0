"""Analyzers and the records they speak: programs, findings, scan results."""

from seccode.scanners._base import Analyzer
from seccode.scanners._finding import (
    AnalyzerError,
    AnalyzerOutput,
    AnalyzerRun,
    Finding,
    Level,
    Program,
    ScanResult,
)
from seccode.scanners._llm_judge import JudgeSettings, LLMJudgeAnalyzer
from seccode.scanners._registry import ANALYZERS, DEFAULT_ANALYZERS, get_analyzers, parse_analyzer_names
from seccode.scanners._runner import scan_programs

__all__ = [
    "ANALYZERS",
    "DEFAULT_ANALYZERS",
    "Analyzer",
    "AnalyzerError",
    "AnalyzerOutput",
    "AnalyzerRun",
    "Finding",
    "JudgeSettings",
    "LLMJudgeAnalyzer",
    "Level",
    "Program",
    "ScanResult",
    "get_analyzers",
    "parse_analyzer_names",
    "scan_programs",
]
