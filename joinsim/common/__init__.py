"""What the commands share, below the simulator and the living documentation (it imports neither, nor the CLI):

- ``errors``: ``UsageError`` (bad input, printed as one line, exit 2), ``Interrupted`` and the other errors every
  command reports the same way;
- ``input_files``: the checks every input file passes before it is read (a file, readable, UTF-8, bounded);
- ``output_folder``: the one way any command writes its output folder (never half-written, never over a folder
  joinsim did not write);
- ``pages``: the one way to lay out a page (the Jinja2 templates of ``templates/``).
"""
