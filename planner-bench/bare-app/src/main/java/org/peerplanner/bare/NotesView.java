package org.peerplanner.bare;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The one view: notes in a grid, a field to add one. */
@Route("")
@PermitAll
public class NotesView extends VerticalLayout {

    public NotesView(NoteRepository notes) {
        var grid = new Grid<Note>();
        grid.addColumn(Note::getText).setHeader("Note");
        grid.setItems(notes.findAll());
        var text = new TextField("New note");
        var add = new Button("Add", click -> {
            notes.save(new Note(text.getValue()));
            grid.setItems(notes.findAll());
            text.clear();
        });
        add(text, add, grid);
    }
}
