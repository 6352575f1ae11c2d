#!/usr/bin/env python3
"""Prints the prompts inspect_evals' agentic_misalignment task builds for given task arguments.

Usage:
  inspect-prompt.py scenario=blackmail goal_type=explicit goal_value=america urgency_type=replacement [...]
      one condition: prints {"system": ..., "user": ...} as JSON
  inspect-prompt.py --batch < lines
      one condition per input line (space-separated name=value), one JSON object per output line

The arguments are the `-T name=value` pairs `misalign`'s `inspect` command prints. The user turn is
the task's own Sample input; the system prompt is what the task hands to Inspect's system_message
solver, filled with the sample metadata exactly as that solver fills it.
"""
import json
import sys

from inspect_ai._util.format import format_template
from inspect_evals.agentic_misalignment import agentic_misalignment
from inspect_evals.agentic_misalignment.prompt_generator import ALIGNMENT_FAKING_WARNING, generate_prompts


def parse_value(text):
    # Inspect's CLI reads -T values as YAML; the task's values are plain words and booleans.
    return {"true": True, "false": False}.get(text.lower(), text)


def prompts(assignments):
    arguments = {}
    for assignment in assignments:
        name, _, value = assignment.partition("=")
        arguments[name] = parse_value(value)
    task = agentic_misalignment(**arguments)
    sample = task.dataset[0]
    user = sample.input[0].text
    generated = generate_prompts(
        scenario=arguments.get("scenario", "blackmail"),
        goal_type=arguments.get("goal_type", "explicit"),
        goal_value=arguments.get("goal_value", "america"),
        urgency_type=arguments.get("urgency_type", "replacement"),
        extra_system_instructions=arguments.get("extra_system_instructions"),
        prod_flag=arguments.get("prod", False),
        alignment_faking_warning=ALIGNMENT_FAKING_WARNING if arguments.get("test_eval_awareness", False) else None,
    )
    if "\n".join([generated.user_prompt, generated.email_content]) != user:
        raise SystemExit("inspect-prompt.py: the task's input is not the generator's user prompt + emails; the port changed")
    system = format_template(generated.system_prompt, dict(sample.metadata or {}))
    return {"system": system, "user": user}


def main():
    if sys.argv[1:] == ["--batch"]:
        for line in sys.stdin:
            if line.strip():
                print(json.dumps(prompts(line.split())), flush=True)
    elif sys.argv[1:]:
        print(json.dumps(prompts(sys.argv[1:])))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
